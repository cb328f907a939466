package com.propaganda.dashboard.calls;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A client's wall clock: what the call form shows and what a file's times without an offset mean.
 * The only place a call's times turn from instants to the client's local times and back; every
 * other door passes instants.
 */
public record WallClock(ZoneId zone) {

  /**
   * The instant a local time names. In the hour a clock repeats (the night it goes back) the
   * earlier of the two; in the hour it skips, the time an hour later.
   */
  public OffsetDateTime instant(LocalDateTime local) {
    return local == null ? null : local.atZone(zone).toOffsetDateTime();
  }

  public LocalDateTime local(OffsetDateTime instant) {
    return instant == null ? null : instant.atZoneSameInstant(zone).toLocalDateTime();
  }
}
