package com.propaganda.dashboard.imports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Every row error of a dry run as CSV, written as they are found, for download. */
final class ImportErrorsFile implements AutoCloseable {

  private final CSVPrinter printer;

  ImportErrorsFile(Path file) throws IOException {
    Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    printer =
        new CSVPrinter(
            writer, CSVFormat.RFC4180.builder().setHeader("Row", "Column", "Value", "Error").get());
  }

  void add(RowError error) throws IOException {
    printer.printRecord(error.row(), error.column(), neutralised(error.value()), error.message());
  }

  /** A value a spreadsheet would run as a formula is written as text. */
  private static String neutralised(String value) {
    return com.propaganda.dashboard.platform.SpreadsheetCells.neutralise(value);
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
