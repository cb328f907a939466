package com.propaganda.dashboard.security;

import com.propaganda.dashboard.sso.PendingAuthorization;
import com.propaganda.dashboard.sso.ProviderSignOut;
import jakarta.security.enterprise.credential.Credential;
import java.net.URI;
import java.util.Optional;

/**
 * What a provider sends back to the callback: the code of a sign-in this session started. Checking
 * it leaves behind why it was refused, or how to sign out at the provider later.
 */
final class AuthorizationCodeCredential implements Credential {

  private final PendingAuthorization pending;
  private final String code;
  private final URI callback;
  private String refusal = "";
  private ProviderSignOut providerSignOut;

  AuthorizationCodeCredential(PendingAuthorization pending, String code, URI callback) {
    this.pending = pending;
    this.code = code;
    this.callback = callback;
  }

  PendingAuthorization pending() {
    return pending;
  }

  String code() {
    return code;
  }

  URI callback() {
    return callback;
  }

  void refused(String why) {
    refusal = why;
  }

  String refusal() {
    return refusal;
  }

  void signOutAt(ProviderSignOut signOut) {
    providerSignOut = signOut;
  }

  Optional<ProviderSignOut> providerSignOut() {
    return Optional.ofNullable(providerSignOut);
  }
}
