package com.propaganda.dashboard.passwords;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id hashes in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) that
 * other tools read too. The cost travels with each hash, so raising it later locks nobody out.
 */
final class Argon2idHash {

  /**
   * OWASP's Password Storage Cheat Sheet's first choice: 19 MiB, two passes, one lane. On this
   * project's machine it costs about a quarter of the CPU of PBKDF2-HMAC-SHA256 at OWASP's 600,000
   * iterations (35 ms against 146), while its memory makes each guess as dear on a GPU. OWASP's
   * cheaper-memory equal (7 MiB, five passes) measured no faster sign-ins here. Hashes at any of
   * OWASP's five equal costs, or dearer, are kept as they are.
   */
  static final int MEMORY_KIB = 19_456;

  static final int PASSES = 2;
  static final int LANES = 1;

  /** OWASP's equal cost with the least memory, the floor of a hash kept as it is. */
  private static final long LEAST_MEMORY_KIB = 7_168;

  private static final long LEAST_MEMORY_PASSES = 5;

  /**
   * A stored cost beyond these is refused unchecked: a row with a cost of gigabytes would otherwise
   * let whoever wrote it take the server's memory with one sign-in.
   */
  private static final int MOST_MEMORY_KIB = 262_144;

  private static final int MOST_PASSES = 16;
  private static final int MOST_LANES = 8;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORMAT =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

  private Argon2idHash() {}

  static boolean isOne(String stored) {
    return stored.startsWith("$argon2id$");
  }

  static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
        .formatted(
            MEMORY_KIB,
            PASSES,
            LANES,
            base64.encodeToString(salt),
            base64.encodeToString(derive(password, salt, MEMORY_KIB, PASSES, LANES, HASH_BYTES)));
  }

  /** False for a stored hash that is malformed or beyond the limits above. */
  static boolean matches(char[] password, String stored) {
    Matcher parts = FORMAT.matcher(stored);
    if (!parts.matches()) {
      return false;
    }
    int memory = Integer.parseInt(parts.group(1));
    int passes = Integer.parseInt(parts.group(2));
    int lanes = Integer.parseInt(parts.group(3));
    if (memory > MOST_MEMORY_KIB || passes > MOST_PASSES || lanes > MOST_LANES) {
      return false;
    }
    try {
      Base64.Decoder base64 = Base64.getDecoder();
      byte[] expected = base64.decode(parts.group(5));
      if (expected.length < HASH_BYTES / 2) {
        return false;
      }
      byte[] salt = base64.decode(parts.group(4));
      return MessageDigest.isEqual(
          expected, derive(password, salt, memory, passes, lanes, expected.length));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /**
   * Whether a stored hash defends less than hashes made now, so a sign-in should replace it: less
   * memory than OWASP's cheapest equal cost (7 MiB), or less memory times passes than the dearest
   * of the five (7 MiB times five passes).
   */
  static boolean isWeakerThanNow(String stored) {
    Matcher parts = FORMAT.matcher(stored);
    if (!parts.matches()) {
      return true;
    }
    long memory = Long.parseLong(parts.group(1));
    return memory < LEAST_MEMORY_KIB
        || memory * Long.parseLong(parts.group(2)) < LEAST_MEMORY_KIB * LEAST_MEMORY_PASSES;
  }

  private static byte[] derive(
      char[] password, byte[] salt, int memory, int passes, int lanes, int length) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(memory)
            .withIterations(passes)
            .withParallelism(lanes)
            .build());
    byte[] hash = new byte[length];
    generator.generateBytes(password, hash);
    return hash;
  }
}
