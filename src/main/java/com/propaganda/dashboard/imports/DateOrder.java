package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.platform.DatabaseCode;

/** How the file writes a date. */
public enum DateOrder implements DatabaseCode {
  ISO("2026-03-31 14:30 (ISO 8601)"),
  DAY_FIRST("31/03/2026 14:30"),
  MONTH_FIRST("03/31/2026 14:30");

  private final String example;

  DateOrder(String example) {
    this.example = example;
  }

  public String example() {
    return example;
  }
}
