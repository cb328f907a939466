package com.propaganda.dashboard.passwords;

import java.util.Optional;

/**
 * Password hashes: new ones are Argon2id ({@link Argon2idHash}); PBKDF2 ones stored earlier are
 * still checked ({@link Pbkdf2Hash}) and replaced when their owner signs in ({@link #stronger}).
 */
public final class PasswordHasher {

  /** The stored hash of an account whose owner has not set a password yet: nothing matches it. */
  public static final String NO_PASSWORD = "!";

  /**
   * Checked when an account does not exist, so an unknown email costs the same time as a wrong
   * password.
   */
  private static final String UNKNOWN_ACCOUNT_HASH =
      hash("no account has this password".toCharArray());

  private PasswordHasher() {}

  public static String hash(char[] password) {
    return Argon2idHash.hash(password);
  }

  /**
   * False for a malformed stored hash (such as {@link #NO_PASSWORD}), never an exception: a bad row
   * must not open a door. It takes as long as a real check, so it tells nothing of the account.
   */
  public static boolean matches(char[] password, String storedHash) {
    if (storedHash != null && Argon2idHash.isOne(storedHash)) {
      return Argon2idHash.matches(password, storedHash);
    }
    if (storedHash != null && Pbkdf2Hash.isOne(storedHash)) {
      return Pbkdf2Hash.matches(password, storedHash);
    }
    matchNothing(password);
    return false;
  }

  /**
   * A new hash of a password that has just matched {@code storedHash}, when that hash is of an
   * older scheme or a lower cost than hashes made now; empty when it is as strong.
   */
  public static Optional<String> stronger(char[] password, String storedHash) {
    return Argon2idHash.isWeakerThanNow(storedHash)
        ? Optional.of(hash(password))
        : Optional.empty();
  }

  /** Spends the time of one check without any account behind it. */
  public static void matchNothing(char[] password) {
    Argon2idHash.matches(password, UNKNOWN_ACCOUNT_HASH);
  }
}
