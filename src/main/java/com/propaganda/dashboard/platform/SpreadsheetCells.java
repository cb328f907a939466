package com.propaganda.dashboard.platform;

/**
 * Neutralises cells a spreadsheet would run as a formula (CSV/formula injection): a leading =, +, -
 * or @ gets a leading apostrophe.
 */
public final class SpreadsheetCells {

  private SpreadsheetCells() {}

  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char first = cell.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + cell : cell;
  }
}
