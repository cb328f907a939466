package com.propaganda.dashboard.platform;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;

/** Timestamps as the schema keeps them: UTC, at PostgreSQL's microsecond precision. */
public final class Timestamps {

  private Timestamps() {}

  /** What every front door answers for a time outside {@link #storable}. */
  public static final String OUT_OF_RANGE = "A time between the years 1 and 9999";

  /**
   * Whether the time lies in the years 1 to 9999, which ISO 8601 writes with four digits: Java
   * reads years up to 999,999,999, PostgreSQL stores none after 294,276, and no call is that far
   * out.
   */
  public static boolean storable(Temporal time) {
    int year = time.get(ChronoField.YEAR);
    return year >= 1 && year <= 9999;
  }

  public static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
