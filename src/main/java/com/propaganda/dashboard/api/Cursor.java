package com.propaganda.dashboard.api;

import com.propaganda.dashboard.platform.Timestamps;
import com.propaganda.dashboard.platform.Uuids;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page ended, as an opaque {@code cursor}: the last row's time and id, which the lists
 * order by (newest first). Opaque so that callers pass it back as given and the encoding may
 * change.
 */
record Cursor(OffsetDateTime at, UUID id) {

  private static final String VERSION = "1";

  /** Far above any cursor this API writes; a longer one is refused before it is decoded. */
  private static final int MAX_LENGTH = 200;

  String encode() {
    String plain = VERSION + "|" + at.toInstant() + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor the query names, or null for the first page. */
  static Cursor from(QueryFields query) {
    String text = query.text("cursor");
    if (text == null) {
      return null;
    }
    return decode(text).orElseGet(() -> query.wrong("cursor", "A next_cursor this list answered"));
  }

  /** The cursor a text holds, if it is one this API wrote (of this version, in range). */
  static Optional<Cursor> decode(String text) {
    if (text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
      if (parts.length == 3 && VERSION.equals(parts[0])) {
        OffsetDateTime at = Instant.parse(parts[1]).atOffset(ZoneOffset.UTC);
        if (Timestamps.storable(at)) {
          return Optional.of(new Cursor(at, Uuids.parse(parts[2])));
        }
      }
    } catch (IllegalArgumentException | DateTimeException notACursor) {
      // not a cursor this API wrote
    }
    return Optional.empty();
  }
}
