package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.platform.DatabaseCode;

/** How the file writes a call's duration. */
public enum DurationUnit implements DatabaseCode {
  SECONDS("seconds (754)"),
  MINUTES_SECONDS("mm:ss (12:34)");

  private final String example;

  DurationUnit(String example) {
    this.example = example;
  }

  public String example() {
    return example;
  }
}
