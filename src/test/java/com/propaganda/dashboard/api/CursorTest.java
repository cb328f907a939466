package com.propaganda.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A page's cursor: what it carries back, and every text that is not one this API wrote. */
class CursorTest {

  private static final UUID ID = UUID.fromString("0d000000-0000-4000-8000-00000000a103");

  @Test
  void aCursorComesBackAsWrittenAtTheEdgesOfTheYearsItAccepts() {
    for (OffsetDateTime at :
        new OffsetDateTime[] {
          OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
          OffsetDateTime.of(2028, 2, 29, 23, 59, 59, 999_999_000, ZoneOffset.UTC),
          OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC)
        }) {
      Cursor cursor = new Cursor(at, ID);
      assertEquals(Optional.of(cursor), Cursor.decode(cursor.encode()), at.toString());
    }
  }

  @Test
  void aTimeOutsideTheYearsOneTo9999IsNoCursor() {
    assertEquals(Optional.empty(), Cursor.decode(encoded("1|+10000-01-01T00:00:00Z|" + ID)));
    assertEquals(Optional.empty(), Cursor.decode(encoded("1|-0001-12-31T23:59:59Z|" + ID)));
  }

  @Test
  void aCursorOfAnotherVersionOrShapeIsNone() {
    assertEquals(Optional.empty(), Cursor.decode(encoded("2|2026-11-01T06:30:00Z|" + ID)));
    assertEquals(Optional.empty(), Cursor.decode(encoded("1|2026-11-01T06:30:00Z")));
    assertEquals(
        Optional.empty(), Cursor.decode(encoded("1|2026-11-01T06:30:00Z|" + ID + "|more")));
    assertEquals(
        Optional.empty(),
        Cursor.decode(encoded("1|2026-11-01T06:30:00Z|" + ID.toString().substring(0, 35))));
    assertEquals(Optional.empty(), Cursor.decode(encoded("1|yesterday|" + ID)));
    assertEquals(Optional.empty(), Cursor.decode("not base64 at all!"));
    assertEquals(Optional.empty(), Cursor.decode(""));
  }

  @Test
  void aCursorIsRefusedPast200CharactersBeforeItIsDecoded() {
    // Trailing separators decode to the same three parts, so the text grows while staying valid.
    String valid = "1|2026-11-01T06:30:00Z|" + ID;
    String longest = encoded(valid);
    while (encoded(valid + "|").length() <= 200) {
      valid += "|";
      longest = encoded(valid);
    }
    assertTrue(longest.length() > 196, longest);
    assertTrue(Cursor.decode(longest).isPresent(), longest);
    assertEquals(Optional.empty(), Cursor.decode(encoded(valid + "|")));
  }

  private static String encoded(String plain) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }
}
