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

  /** What every front door answers for a field that holds a control character. */
  public static final String CONTROL_CHARACTER =
      "Remove the control characters (such as NUL) from this value";

  /**
   * Whether the text holds a control character other than tab and line breaks. PostgreSQL cannot
   * store a NUL in text or JSON, and none of the others is ever typed: forms, the API and the
   * import refuse them alike, naming the field, before any rule or statement sees the value.
   */
  public static boolean hasControlCharacter(String value) {
    return value != null
        && value
            .chars()
            .anyMatch(
                c ->
                    Character.getType(c) == Character.CONTROL
                        && c != '\t'
                        && c != '\n'
                        && c != '\r');
  }

  /** The text with every control character replaced, to record what was refused. */
  public static String printable(String value) {
    return value == null ? null : value.replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "\uFFFD");
  }

  /** At most {@code max} characters of the value; null stays null. */
  public static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
