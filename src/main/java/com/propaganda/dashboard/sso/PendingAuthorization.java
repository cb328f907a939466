package com.propaganda.dashboard.sso;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A sign-in sent to a provider, kept in the browser's session until it comes back: the callback
 * must bring the same {@code state}, its ID token the same {@code nonce}, and the token request
 * proves the PKCE verifier. Good once, for ten minutes.
 */
public record PendingAuthorization(
    String workspace,
    UUID clientId,
    String state,
    String nonce,
    String codeVerifier,
    String next,
    Instant startedAt)
    implements Serializable {

  static final Duration LIFETIME = Duration.ofMinutes(10);

  public boolean isExpired(Instant now) {
    return !now.isBefore(startedAt.plus(LIFETIME));
  }
}
