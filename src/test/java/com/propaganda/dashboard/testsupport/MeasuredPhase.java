package com.propaganda.dashboard.testsupport;

import java.util.Collection;

/**
 * What a benchmark's phase answered, checked before its time is reported: a phase that found no
 * rows measured nothing, and its figure would look like speed.
 */
public final class MeasuredPhase {

  private MeasuredPhase() {}

  /**
   * @throws IllegalStateException when the result is null, an empty collection or a count of 0
   */
  public static <T> T nonEmpty(String phase, T result) {
    boolean empty =
        result == null
            || (result instanceof Collection<?> rows && rows.isEmpty())
            || (result instanceof Number count && count.longValue() == 0);
    if (empty) {
      throw new IllegalStateException(
          "The phase \"" + phase + "\" found nothing: its time would measure nothing");
    }
    return result;
  }
}
