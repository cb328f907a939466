package com.propaganda.dashboard.api;

import com.propaganda.dashboard.database.DatabaseCode;
import com.propaganda.dashboard.errors.Problem;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.platform.Timestamps;
import com.propaganda.dashboard.platform.Uuids;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The named values of a request (a JSON body's fields or the query's parameters), each read as its
 * type or noted with what it should have been. Unknown names are refused, so a misspelt one is
 * never silently ignored. {@link #check()} answers 400 with every wrong value at once, before any
 * service runs.
 */
abstract class Fields {

  static final String TIME_FORMAT = "an ISO 8601 time with offset, like 2026-03-01T14:30:00+01:00";

  private final Map<String, String> errors = new LinkedHashMap<>();

  protected Fields(Collection<String> given, Set<String> known) {
    given.stream()
        .filter(name -> !known.contains(name))
        .forEach(name -> errors.put(name, "Unknown field"));
  }

  abstract boolean has(String name);

  /** The value as text; null when absent or null. */
  abstract String text(String name);

  UUID id(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return Uuids.parse(text);
    } catch (IllegalArgumentException notAnId) {
      return wrong(name, "An id (UUID)");
    }
  }

  OffsetDateTime time(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      OffsetDateTime time = OffsetDateTime.parse(text);
      return Timestamps.storable(time) ? time : wrong(name, Timestamps.OUT_OF_RANGE);
    } catch (DateTimeParseException notATime) {
      return wrong(name, "Expected " + TIME_FORMAT);
    }
  }

  LocalDate date(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      return wrong(name, "A date like 2026-03-01");
    }
  }

  /** An enum by its schema spelling ({@code no-show}). */
  <E extends Enum<E> & DatabaseCode> E code(String name, Class<E> type) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    E[] values = type.getEnumConstants();
    return Arrays.stream(values)
        .filter(value -> value.code().equals(text))
        .findFirst()
        .orElseGet(
            () ->
                wrong(
                    name,
                    "One of "
                        + Arrays.stream(values)
                            .map(DatabaseCode::code)
                            .collect(Collectors.joining(", "))));
  }

  /** Refuses the request with every wrong value, if there is one. */
  void check() {
    if (!errors.isEmpty()) {
      throw new ApiException(
          new Problem(400, "Bad Request", "Some values are missing or of the wrong type", errors));
    }
  }

  /** The text as given, unless it holds a control character, which no field accepts. */
  String typed(String name, String text) {
    return Text.hasControlCharacter(text) ? wrong(name, Text.CONTROL_CHARACTER) : text;
  }

  <T> T wrong(String name, String expected) {
    errors.putIfAbsent(name, expected);
    return null;
  }
}
