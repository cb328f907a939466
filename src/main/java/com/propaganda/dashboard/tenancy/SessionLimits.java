package com.propaganda.dashboard.tenancy;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a session of a client's people lasts: idle, and since sign-in. A client may choose
 * shorter limits than the product's (web.xml's 30 idle minutes, 12 hours), never longer.
 */
public record SessionLimits(Duration idle, Duration absolute) {

  public static final int MIN_IDLE_MINUTES = 5;
  public static final int MAX_IDLE_MINUTES = 30;
  public static final int MIN_HOURS = 1;
  public static final int MAX_HOURS = 12;

  public static final SessionLimits PRODUCT =
      new SessionLimits(Duration.ofMinutes(MAX_IDLE_MINUTES), Duration.ofHours(MAX_HOURS));

  public static boolean idleMinutesAllowed(int minutes) {
    return minutes >= MIN_IDLE_MINUTES && minutes <= MAX_IDLE_MINUTES;
  }

  public static boolean hoursAllowed(int hours) {
    return hours >= MIN_HOURS && hours <= MAX_HOURS;
  }

  /**
   * Whether a session that began at {@code began} and was last used at {@code lastUsed} is over at
   * {@code now}: a limit reached exactly is over.
   */
  public boolean isOver(Instant began, Instant lastUsed, Instant now) {
    return !now.isBefore(began.plus(absolute)) || !now.isBefore(lastUsed.plus(idle));
  }
}
