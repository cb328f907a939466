package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.spreadsheets.CsvSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Every row error of a dry run as CSV, written as they are found, for download. Written as the
 * exports are (CsvSheet): every cell, the file's own column names and values included, is
 * neutralised so a spreadsheet never runs it as a formula.
 */
final class ImportErrorsFile implements AutoCloseable {

  private final OutputStream out;
  private final CsvSheet sheet;

  ImportErrorsFile(Path file) throws IOException {
    out = Files.newOutputStream(file);
    sheet = new CsvSheet(out);
    sheet.row(List.of("Row", "Column", "Value", "Error"));
  }

  void add(RowError error) {
    sheet.row(List.of(String.valueOf(error.row()), error.column(), error.value(), error.message()));
  }

  @Override
  public void close() throws IOException {
    try (out) {
      sheet.close();
    }
  }
}
