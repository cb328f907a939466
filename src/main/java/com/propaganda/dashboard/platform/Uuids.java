package com.propaganda.dashboard.platform;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ids as people and systems write them: the canonical 36 characters only. {@code UUID.fromString}
 * also takes shortened groups ({@code 1-2-3-4-5}), so a truncated id would name another record.
 */
public final class Uuids {

  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Uuids() {}

  /**
   * @throws IllegalArgumentException when the text is no canonical id
   */
  public static UUID parse(String text) {
    if (text == null || !CANONICAL.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "Not an id (UUID): " + Text.printable(Text.truncate(text, 40)));
    }
    return UUID.fromString(text);
  }
}
