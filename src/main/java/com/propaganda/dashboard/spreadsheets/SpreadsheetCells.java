package com.propaganda.dashboard.spreadsheets;

/**
 * Neutralises cells a spreadsheet would run as a formula (CSV/formula injection): a leading =, +,
 * -, @, tab or carriage return gets a leading apostrophe. A leading apostrophe gets one too, so
 * that {@link #restore} can take exactly the one the export added and an exported file imports back
 * unchanged.
 */
public final class SpreadsheetCells {

  private static final String ESCAPED_FIRST = "=+-@\t\r'";

  private SpreadsheetCells() {}

  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    return ESCAPED_FIRST.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  /** The cell as it was before {@link #neutralise}: without the one apostrophe it added. */
  public static String restore(String cell) {
    boolean escaped =
        cell.length() > 1 && cell.charAt(0) == '\'' && ESCAPED_FIRST.indexOf(cell.charAt(1)) >= 0;
    return escaped ? cell.substring(1) : cell;
  }
}
