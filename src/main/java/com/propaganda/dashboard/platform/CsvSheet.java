package com.propaganda.dashboard.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV in UTF-8 with a byte order mark, so spreadsheet programs read the accents. */
public final class CsvSheet implements Sheet {

  private final Writer writer;

  public CsvSheet(OutputStream out) throws IOException {
    writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
  }

  @Override
  public void row(List<String> cells) {
    try {
      writer.write(cells.stream().map(CsvSheet::quote).collect(Collectors.joining(",")));
      writer.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(String cell) {
    return "\"" + SpreadsheetCells.neutralise(cell).replace("\"", "\"\"") + "\"";
  }

  @Override
  public void close() throws IOException {
    writer.flush();
  }
}
