package com.propaganda.dashboard.security;

import com.propaganda.dashboard.factors.PasskeySite;
import jakarta.security.enterprise.credential.Credential;

/**
 * What a sign-in's second step brings, with the sign-in it completes (the mechanism adds that from
 * the session, {@link #of}): a typed code, or a passkey's answer to the challenge this session was
 * given, with the site it was made on.
 */
public record SecondFactorCredential(
    String code, String passkey, PasskeySite site, String challenge, PendingSignIn pending)
    implements Credential {

  /** Longer than any code or recovery code, however spaced. */
  static final int MAX_CODE = 40;

  /** Far longer than a passkey's answer (its signature, authenticator data and client data). */
  static final int MAX_PASSKEY = 20_000;

  public static SecondFactorCredential code(String code) {
    return new SecondFactorCredential(code, null, null, null, null);
  }

  public static SecondFactorCredential passkey(
      String response, PasskeySite site, String challenge) {
    return new SecondFactorCredential(null, response, site, challenge, null);
  }

  SecondFactorCredential of(PendingSignIn signIn) {
    return new SecondFactorCredential(code, passkey, site, challenge, signIn);
  }

  boolean isPasskey() {
    return passkey != null;
  }

  @Override
  public boolean isValid() {
    if (pending == null) {
      return false;
    }
    return isPasskey()
        ? passkey.length() <= MAX_PASSKEY && site != null && challenge != null
        : code != null && code.length() <= MAX_CODE;
  }

  @Override
  public String toString() {
    return "SecondFactorCredential[hidden]";
  }
}
