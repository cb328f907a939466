package com.propaganda.dashboard.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Whole days of the client's calendar, both inclusive. */
public record Period(LocalDate first, LocalDate last) implements Serializable {

  public Period {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("A period ends on or after its first day");
    }
  }

  public long days() {
    return ChronoUnit.DAYS.between(first, last) + 1;
  }

  /** The period of equal length that ends the day before this one begins. */
  public Period previous() {
    return new Period(first.minusDays(days()), first.minusDays(1));
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }
}
