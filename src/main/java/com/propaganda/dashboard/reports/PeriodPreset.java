package com.propaganda.dashboard.reports;

import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.platform.DatabaseCode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The periods a dashboard offers, resolved against the client's today. */
public enum PeriodPreset implements DatabaseCode {
  TODAY("Today"),
  LAST_7_DAYS("Last 7 days"),
  LAST_30_DAYS("Last 30 days"),
  LAST_90_DAYS("Last 90 days"),
  THIS_MONTH("This month"),
  THIS_QUARTER("This quarter"),
  ALL_TIME("All time"),
  CUSTOM("Custom");

  private final String label;

  PeriodPreset(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The longest custom period: ten years draw 120 monthly bars, where 0001 to 9999 drew about
   * 120,000 and read every rollup row of the client.
   */
  static final int MAX_CUSTOM_YEARS = 10;

  /**
   * The days of this preset; {@code firstCall} starts "all time", {@code from} and {@code to} make
   * a custom period (a missing or reversed range falls back to today).
   *
   * @throws InvalidInputException when a custom period is longer than {@link #MAX_CUSTOM_YEARS}
   */
  public Period resolve(LocalDate today, LocalDate firstCall, LocalDate from, LocalDate to) {
    return switch (this) {
      case TODAY -> new Period(today, today);
      case LAST_7_DAYS -> new Period(today.minusDays(6), today);
      case LAST_30_DAYS -> new Period(today.minusDays(29), today);
      case LAST_90_DAYS -> new Period(today.minusDays(89), today);
      case THIS_MONTH -> new Period(today.withDayOfMonth(1), today);
      case THIS_QUARTER -> new Period(today.with(IsoFields.DAY_OF_QUARTER, 1), today);
      case ALL_TIME -> new Period(firstCall.isAfter(today) ? today : firstCall, today);
      case CUSTOM -> custom(today, from, to);
    };
  }

  private static Period custom(LocalDate today, LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from)) {
      return new Period(today, today);
    }
    if (!to.isBefore(from.plusYears(MAX_CUSTOM_YEARS))) {
      throw InvalidInputException.of(
          "to", "A custom period spans at most " + MAX_CUSTOM_YEARS + " years");
    }
    return new Period(from, to);
  }
}
