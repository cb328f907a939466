package com.propaganda.dashboard.tenancy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A client's days in its own time zone: where a filter's "from" day begins and its "to" day ends.
 * The one place that turns days into instants, for the call list, the dashboard and the audit log.
 */
public record ClientDays(ZoneId zone) {

  /** The first instant of the day. */
  public OffsetDateTime start(LocalDate day) {
    return day.atStartOfDay(zone).toOffsetDateTime();
  }

  /** The first instant after the day: a range up to a day, inclusive, ends before it. */
  public OffsetDateTime end(LocalDate day) {
    return start(day.plusDays(1));
  }
}
