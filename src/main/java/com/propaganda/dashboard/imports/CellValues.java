package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.calls.CallOutcome;
import com.propaganda.dashboard.calls.CallStatus;
import com.propaganda.dashboard.calls.CallType;
import com.propaganda.dashboard.calls.WallClock;
import com.propaganda.dashboard.database.DatabaseCodeConverter;
import com.propaganda.dashboard.platform.DatabaseCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a cell's text into a call's value the way the mapping says the file writes it; an {@link
 * IllegalArgumentException}'s message says what was expected.
 */
final class CellValues {

  private static final Pattern SLASHED =
      Pattern.compile(
          "(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
  private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,9}):)?(\\d{1,3}):(\\d{2})");

  private final ImportMapping mapping;
  private final ZoneId clientZone;

  CellValues(ImportMapping mapping, ZoneId clientZone) {
    this.mapping = mapping;
    this.clientZone = clientZone;
  }

  static CallType type(String text) {
    return code(text, CallType.class, "inbound or outbound");
  }

  static CallStatus status(String text) {
    String spaced = text.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    return code(
        "noshow".equals(spaced) ? "no-show" : spaced,
        CallStatus.class,
        "completed, no-show or rescheduled");
  }

  static CallOutcome outcome(String text) {
    return code(text, CallOutcome.class, "won, lost or tbd");
  }

  private static <E extends Enum<E> & DatabaseCode> E code(
      String text, Class<E> codes, String expected) {
    try {
      return DatabaseCodeConverter.fromCode(codes, text.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException("Write " + expected, unknown);
    }
  }

  /**
   * The instant a cell names: exactly, when it carries an offset or Z; otherwise on the client's
   * wall clock, or in UTC when the mapping says so.
   */
  OffsetDateTime time(String text) {
    String value = text.strip();
    try {
      if (value.matches("\\d{4}-.*")) {
        return iso(value);
      }
      Matcher slashed = SLASHED.matcher(value);
      if (mapping.dates() != DateOrder.ISO && slashed.matches()) {
        boolean dayFirst = mapping.dates() == DateOrder.DAY_FIRST;
        int day = Integer.parseInt(slashed.group(dayFirst ? 1 : 2));
        int month = Integer.parseInt(slashed.group(dayFirst ? 2 : 1));
        LocalDate date = LocalDate.of(Integer.parseInt(slashed.group(3)), month, day);
        LocalTime clock =
            slashed.group(4) == null
                ? LocalTime.MIDNIGHT
                : LocalTime.of(
                    Integer.parseInt(slashed.group(4)),
                    Integer.parseInt(slashed.group(5)),
                    slashed.group(6) == null ? 0 : Integer.parseInt(slashed.group(6)));
        return withoutOffset(date.atTime(clock));
      }
    } catch (java.time.DateTimeException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException("Write a date like " + mapping.dates().example());
  }

  private OffsetDateTime iso(String value) {
    String normal = value.replace(' ', 'T');
    if (normal.length() == 10) {
      return withoutOffset(LocalDate.parse(normal).atStartOfDay());
    }
    if (normal.matches(".*([zZ]|[+-]\\d{2}:?\\d{2})$")) {
      return OffsetDateTime.parse(normal.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2"));
    }
    return withoutOffset(LocalDateTime.parse(normal));
  }

  private OffsetDateTime withoutOffset(LocalDateTime local) {
    return new WallClock(mapping.clientZone() ? clientZone : ZoneOffset.UTC).instant(local);
  }

  Integer duration(String text) {
    String value = text.strip();
    if (mapping.durations() == DurationUnit.SECONDS && value.matches("\\d{1,9}")) {
      return Integer.valueOf(value);
    }
    Matcher clock = CLOCK.matcher(value);
    if (mapping.durations() == DurationUnit.MINUTES_SECONDS && clock.matches()) {
      long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
      long seconds =
          (hours * 60 + Integer.parseInt(clock.group(2))) * 60 + Integer.parseInt(clock.group(3));
      // Out of an int's range is out of every call's: the rules then refuse it as too long.
      return (int) Math.min(seconds, Integer.MAX_VALUE);
    }
    throw new IllegalArgumentException("Write the duration as " + mapping.durations().example());
  }
}
