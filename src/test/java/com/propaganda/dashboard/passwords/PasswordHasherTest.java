package com.propaganda.dashboard.passwords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private static final char[] PASSWORD = "a long enough passphrase".toCharArray();

  @Test
  void aHashMatchesItsPasswordOnly() {
    String hash = PasswordHasher.hash(PASSWORD);
    assertTrue(PasswordHasher.matches(PASSWORD, hash));
    assertFalse(PasswordHasher.matches("a long enough passphrasE".toCharArray(), hash));
  }

  @Test
  void eachHashHasItsOwnSaltAndAtLeast600000Iterations() {
    String first = PasswordHasher.hash(PASSWORD);
    String second = PasswordHasher.hash(PASSWORD);
    assertNotEquals(first, second);
    String[] parts = first.split("\\$");
    assertEquals("pbkdf2-sha256", parts[0]);
    assertTrue(Integer.parseInt(parts[1]) >= 600_000, parts[1]);
  }

  @Test
  void theIterationCountIsReadFromTheStoredHash() {
    String stored = PasswordHasher.hash(PASSWORD);
    String weakened = stored.replace("$600000$", "$1000$");
    assertFalse(PasswordHasher.matches(PASSWORD, weakened));
  }

  @Test
  void aMalformedStoredHashNeverMatches() {
    assertFalse(PasswordHasher.matches(PASSWORD, null));
    assertFalse(PasswordHasher.matches(PASSWORD, ""));
    assertFalse(PasswordHasher.matches(PASSWORD, "plain-text-password"));
    assertFalse(PasswordHasher.matches(PASSWORD, "pbkdf2-sha256$x$y$z"));
  }
}
