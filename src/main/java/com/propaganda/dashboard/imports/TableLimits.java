package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.platform.Text;
import java.util.List;

/** The limits every table reader holds a file to. */
final class TableLimits {

  private TableLimits() {}

  static void checkHeader(List<String> headers) {
    checkColumns(headers.size());
    if (headers.stream().allMatch(String::isBlank)) {
      throw new ImportFileException("The first row is empty: it must name the columns.");
    }
    headers.stream()
        .filter(Text::hasControlCharacter)
        .findFirst()
        .ifPresent(
            name -> {
              throw new ImportFileException(
                  "The column name \""
                      + Text.printable(Text.truncate(name, 100))
                      + "\" holds a control character (such as NUL): remove it.");
            });
  }

  static void checkColumns(int columns) {
    if (columns > ImportTable.MAX_COLUMNS) {
      throw new ImportFileException(
          String.format(
              "The file has %,d columns or more; at most %d are read. Remove the columns you do"
                  + " not import.",
              columns, ImportTable.MAX_COLUMNS));
    }
  }

  static void checkRowCount(long dataRows) {
    if (dataRows > ImportTable.MAX_ROWS) {
      throw new ImportFileException(
          String.format(
              "The file has more than %,d rows: split it into smaller files.",
              ImportTable.MAX_ROWS));
    }
  }
}
