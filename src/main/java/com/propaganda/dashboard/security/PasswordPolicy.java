package com.propaganda.dashboard.security;

import com.propaganda.dashboard.platform.FieldErrors;

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
}
