package com.propaganda.dashboard.platform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Named values as text (a JSON body's fields, a query string's parameters, a link's), each read as
 * its type; a wrong one is handed to {@link #wrong} with what it should have been, in the same
 * words whichever door it came through.
 */
public abstract class NamedValues {

  public static final String TIME_FORMAT =
      "an ISO 8601 time with offset, like 2026-03-01T14:30:00+01:00";

  /** The value as text; null when absent or null. */
  public abstract String text(String name);

  /** Notes the value as wrong; answers null, to stand for the value. */
  public abstract <T> T wrong(String name, String expected);

  public UUID id(String name) {
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

  public OffsetDateTime time(String name) {
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

  public LocalDate date(String name) {
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

  /**
   * An enum by the schema's spelling ({@code no-show}) or the constant's name ({@code NO_SHOW}),
   * which the call list's links write.
   */
  public <E extends Enum<E> & DatabaseCode> E code(String name, Class<E> type) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    E[] values = type.getEnumConstants();
    return Arrays.stream(values)
        .filter(value -> value.code().equalsIgnoreCase(text) || value.name().equalsIgnoreCase(text))
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

  /** A yes/no option: true or false, false when not given. */
  public boolean flag(String name) {
    String text = text(name);
    if (text != null && !"true".equals(text) && !"false".equals(text)) {
      wrong(name, "true or false");
    }
    return "true".equals(text);
  }
}
