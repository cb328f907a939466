package com.propaganda.dashboard.apikeys;

import jakarta.security.enterprise.credential.Credential;

/** The token of an {@code Authorization: Bearer} header, for {@link ApiKeyIdentityStore}. */
public record ApiKeyCredential(String token) implements Credential {

  /** The part of the token that may be logged: the key's prefix, or nothing for a non-key. */
  public String loggablePrefix() {
    return ApiKeySecret.looksLikeKey(token) ? new ApiKeySecret(token).prefix() : "(not a key)";
  }
}
