package com.propaganda.dashboard.passwords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private static final char[] PASSWORD = "a long enough passphrase".toCharArray();

  /** Made by the reference implementation: {@code argon2 <salt> -id -t 5 -k 7168 -p 1 -l 32 -e}. */
  private static final String REFERENCE_HASH =
      "$argon2id$v=19$m=7168,t=5,p=1$tLS9M4swlf0nQFSsjA8yzA$OEk1OO1zgn6TyccstRf8rfynJ8DdrX7FR2JZLjdT2OE";

  /** The same password at another of OWASP's equal costs: {@code -t 2 -k 19456}. */
  private static final String REFERENCE_HASH_19_MIB =
      "$argon2id$v=19$m=19456,t=2,p=1$tLS9M4swlf0nQFSsjA8yzA$9r6YcVxrR2G5+A8+b+xZraBkc8cRA7DzamzaLF1xNZQ";

  /**
   * The demo password under PBKDF2-HMAC-SHA256, 600,000 iterations, as hashes were stored before.
   */
  private static final String PBKDF2_HASH =
      "pbkdf2-sha256$600000$xQrPyY+9YJB+8PstgOM5SA$5FC8rOJ6kAnn6poXYvAza9SICVC5xaCX1rsAgP1RsZ4";

  private static final char[] DEMO_PASSWORD = "Demo-Propaganda-2026".toCharArray();

  @Test
  void aHashMatchesItsPasswordOnly() {
    String hash = PasswordHasher.hash(PASSWORD);
    assertTrue(PasswordHasher.matches(PASSWORD, hash));
    assertFalse(PasswordHasher.matches("a long enough passphrasE".toCharArray(), hash));
  }

  @Test
  void eachHashIsArgon2idAtOwaspsCostWithItsOwnSalt() {
    String first = PasswordHasher.hash(PASSWORD);
    String second = PasswordHasher.hash(PASSWORD);
    assertNotEquals(first, second);
    String[] parts = first.split("\\$");
    assertEquals("argon2id", parts[1]);
    assertEquals("v=19", parts[2]);
    assertEquals("m=19456,t=2,p=1", parts[3]);
  }

  @Test
  void hashesOfTheReferenceImplementationMatch() {
    assertTrue(PasswordHasher.matches(DEMO_PASSWORD, REFERENCE_HASH));
    assertTrue(PasswordHasher.matches(DEMO_PASSWORD, REFERENCE_HASH_19_MIB));
    assertFalse(PasswordHasher.matches(PASSWORD, REFERENCE_HASH));
  }

  @Test
  void theCostIsReadFromTheStoredHash() {
    assertFalse(PasswordHasher.matches(DEMO_PASSWORD, REFERENCE_HASH.replace("t=5", "t=4")));
    assertFalse(PasswordHasher.matches(DEMO_PASSWORD, REFERENCE_HASH.replace("m=7168", "m=8192")));
  }

  @Test
  void aStoredCostBeyondTheLimitsIsRefusedWithoutHashing() {
    assertFalse(
        PasswordHasher.matches(DEMO_PASSWORD, REFERENCE_HASH.replace("m=7168", "m=999999999")));
    assertFalse(PasswordHasher.matches(DEMO_PASSWORD, REFERENCE_HASH.replace("t=5", "t=999")));
    assertFalse(PasswordHasher.matches(DEMO_PASSWORD, PBKDF2_HASH.replace("600000", "999999999")));
  }

  @Test
  void aPbkdf2HashStoredBeforeStillMatchesAndIsReplacedByAStrongerOne() {
    assertTrue(PasswordHasher.matches(DEMO_PASSWORD, PBKDF2_HASH));
    assertFalse(PasswordHasher.matches(PASSWORD, PBKDF2_HASH));
    Optional<String> stronger = PasswordHasher.stronger(DEMO_PASSWORD, PBKDF2_HASH);
    assertTrue(stronger.orElseThrow().startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
    assertTrue(PasswordHasher.matches(DEMO_PASSWORD, stronger.get()));
  }

  @Test
  void onlyAHashThatDefendsLessThanNowIsReplaced() {
    assertEquals(Optional.empty(), PasswordHasher.stronger(DEMO_PASSWORD, REFERENCE_HASH));
    assertEquals(Optional.empty(), PasswordHasher.stronger(DEMO_PASSWORD, REFERENCE_HASH_19_MIB));
    assertTrue(
        PasswordHasher.stronger(DEMO_PASSWORD, REFERENCE_HASH.replace("t=5", "t=4")).isPresent());
    assertTrue(
        PasswordHasher.stronger(DEMO_PASSWORD, REFERENCE_HASH_19_MIB.replace("m=19456", "m=4096"))
            .isPresent());
  }

  @Test
  void aMalformedStoredHashNeverMatches() {
    assertFalse(PasswordHasher.matches(PASSWORD, null));
    assertFalse(PasswordHasher.matches(PASSWORD, ""));
    assertFalse(PasswordHasher.matches(PASSWORD, PasswordHasher.NO_PASSWORD));
    assertFalse(PasswordHasher.matches(PASSWORD, "plain-text-password"));
    assertFalse(PasswordHasher.matches(PASSWORD, "pbkdf2-sha256$x$y$z"));
    assertFalse(PasswordHasher.matches(PASSWORD, "$argon2id$v=19$m=19456,t=2,p=1$!!$??"));
    assertFalse(PasswordHasher.matches(PASSWORD, "$argon2id$v=19$m=19456,t=2,p=1$AAAA$AAAA"));
    assertFalse(PasswordHasher.matches(PASSWORD, "$argon2i$v=19$m=19456,t=2,p=1$AAAA$AAAA"));
  }
}
