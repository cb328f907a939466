package com.propaganda.dashboard.passwords;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 hashes ({@code pbkdf2-sha256$iterations$salt$hash}), the form stored before
 * Argon2id. Only checked, never made: each is replaced at its owner's next sign-in.
 */
final class Pbkdf2Hash {

  private static final String SCHEME = "pbkdf2-sha256";
  private static final int KEY_BITS = 256;

  /** Ten times OWASP's figure: a stored count past it would hold a core for minutes. */
  private static final int MOST_ITERATIONS = 6_000_000;

  private Pbkdf2Hash() {}

  static boolean isOne(String stored) {
    return stored.startsWith(SCHEME + "$");
  }

  /** False for a stored hash that is malformed or beyond the limit above. */
  static boolean matches(char[] password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      if (iterations < 1 || iterations > MOST_ITERATIONS) {
        return false;
      }
      Base64.Decoder base64 = Base64.getDecoder();
      byte[] expected = base64.decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, base64.decode(parts[2]), iterations));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException missingAlgorithm) {
      throw new IllegalStateException(
          "PBKDF2WithHmacSHA256 is required by every Java 17 runtime", missingAlgorithm);
    } finally {
      spec.clearPassword();
    }
  }
}
