package com.propaganda.dashboard.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The code typed at a sign-in's second step, with the sign-in it completes: the mechanism adds that
 * from the session ({@link #of}); the page knows only the code.
 */
public record SecondFactorCredential(String code, PendingSignIn pending) implements Credential {

  /** Longer than any code or recovery code, however spaced. */
  static final int MAX_CODE = 40;

  public SecondFactorCredential(String code) {
    this(code, null);
  }

  SecondFactorCredential of(PendingSignIn signIn) {
    return new SecondFactorCredential(code, signIn);
  }

  @Override
  public boolean isValid() {
    return pending != null && code != null && code.length() <= MAX_CODE;
  }

  @Override
  public String toString() {
    return "SecondFactorCredential[code hidden]";
  }
}
