package com.propaganda.dashboard.passwords;

import com.propaganda.dashboard.errors.FieldErrors;
import com.propaganda.dashboard.errors.InvalidInputException;

/**
 * What a new password must be (NIST SP 800-63B): 12 to 128 characters, not on the list of common
 * passwords, and no composition rules.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  public static FieldErrors check(FieldErrors errors, String field, String password) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    return errors
        .rejectIf(
            length < MIN_LENGTH || length > MAX_LENGTH,
            field,
            "Use " + MIN_LENGTH + " to " + MAX_LENGTH + " characters; a few words make a good one")
        .rejectIf(
            password != null && CommonPasswords.contains(password),
            field,
            "This password is one of the most common ones; choose another");
  }

  /**
   * The rules of changing one's own password: the current one must match {@code currentHash} (a try
   * the throttle counts as it counts sign-ins, so a stolen session cannot guess it quickly), the
   * new one keep the policy and differ from it. Field names are those of the password forms.
   */
  public static void checkChange(
      GuessThrottle throttle,
      PasswordOwner owner,
      String currentPassword,
      String currentHash,
      String newPassword) {
    if (!throttle.reserve(owner.workspace(), owner.email(), owner.address())) {
      throw InvalidInputException.of(
          "currentPassword", "Too many wrong passwords: wait a few minutes, then try again");
    }
    boolean currentMatches =
        currentPassword != null
            && PasswordHasher.matches(currentPassword.toCharArray(), currentHash);
    if (currentMatches) {
      throttle.succeeded(owner.workspace(), owner.email(), owner.address());
    }
    FieldErrors errors =
        new FieldErrors()
            .rejectIf(!currentMatches, "currentPassword", "This is not your current password");
    check(errors, "newPassword", newPassword)
        .rejectIf(
            newPassword != null && newPassword.equals(currentPassword),
            "newPassword",
            "Choose a password different from the current one")
        .throwIfAny();
  }
}
