package com.propaganda.dashboard.database;

import com.propaganda.dashboard.platform.DatabaseCode;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * A batch's values as text arrays, one per column, for statements that read them with {@code
 * unnest(?::type[], ...)}: a batch of any size is one statement and one round trip.
 */
public final class SqlArrays {

  private SqlArrays() {}

  public static <T> String[] texts(Collection<T> items, Function<T, ?> value) {
    return items.stream().map(item -> text(value.apply(item))).toArray(String[]::new);
  }

  /** A value as PostgreSQL reads it back: instants in ISO 8601, enums by their schema code. */
  private static String text(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.toString();
    }
    if (value instanceof DatabaseCode code) {
      return code.code();
    }
    return Objects.toString(value, null);
  }
}
