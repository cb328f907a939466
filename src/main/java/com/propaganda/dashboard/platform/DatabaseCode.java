package com.propaganda.dashboard.platform;

import java.util.Locale;

/**
 * An enum stored under the spelling of the schema's CHECK constraints: the constant's name in lower
 * case with dashes, so {@code NO_SHOW} is stored as {@code no-show}.
 */
public interface DatabaseCode {

  String name();

  default String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
