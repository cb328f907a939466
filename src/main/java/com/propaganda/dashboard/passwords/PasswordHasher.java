package com.propaganda.dashboard.passwords;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes, stored as {@code pbkdf2-sha256$iterations$salt$hash}. The
 * iteration count travels with each hash, so raising it later does not lock anyone out.
 */
public final class PasswordHasher {

  /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
  public static final int ITERATIONS = 600_000;

  /** The stored hash of an account whose owner has not set a password yet: nothing matches it. */
  public static final String NO_PASSWORD = "!";

  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Checked when an account does not exist, so an unknown email costs the same time as a wrong
   * password.
   */
  private static final String UNKNOWN_ACCOUNT_HASH =
      hash("no account has this password".toCharArray());

  private PasswordHasher() {}

  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return String.join(
        "$",
        SCHEME,
        Integer.toString(ITERATIONS),
        base64.encodeToString(salt),
        base64.encodeToString(derive(password, salt, ITERATIONS)));
  }

  /**
   * False for a malformed stored hash (such as {@link #NO_PASSWORD}), never an exception: a bad row
   * must not open a door. It takes as long as a real check, so it tells nothing of the account.
   */
  public static boolean matches(char[] password, String storedHash) {
    String[] parts = storedHash == null ? new String[0] : storedHash.split("\\$");
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      matchNothing(password);
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      Base64.Decoder base64 = Base64.getDecoder();
      byte[] expected = base64.decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, base64.decode(parts[2]), iterations));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /** Spends the time of one check without any account behind it. */
  public static void matchNothing(char[] password) {
    matches(password, UNKNOWN_ACCOUNT_HASH);
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
