package com.propaganda.dashboard.imports;

import java.io.IOException;
import java.util.List;

/** An uploaded file read as a header row and data rows, streamed: never held whole in memory. */
interface ImportTable {

  /** At most this many data rows are read; a longer file is refused. */
  int MAX_ROWS = 200_000;

  /** At most this many columns are read; a wider file is refused. */
  int MAX_COLUMNS = 200;

  /** Receives the rows in file order. */
  interface Rows {
    void header(List<String> headers);

    /**
     * @param number the row's number as a spreadsheet program shows it (the header is row 1)
     */
    void row(long number, List<String> cells);
  }

  /**
   * @throws ImportFileException when the file cannot be read as a table
   */
  void read(Rows rows) throws IOException;

  /** What the file was read as: its format, and for CSV its encoding and delimiter. */
  String description();
}
