package com.propaganda.dashboard.platform;

import java.util.Locale;

/** How free text from forms is cleaned before rules and storage see it. */
public final class Text {

  private Text() {}

  /** Trimmed, and null when nothing is left. */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** Emails are compared and stored in lower case. */
  public static String cleanEmail(String value) {
    String cleaned = clean(value);
    return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
  }

  /** At most {@code max} characters of the value; null stays null. */
  public static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
