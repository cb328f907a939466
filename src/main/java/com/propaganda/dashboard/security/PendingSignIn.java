package com.propaganda.dashboard.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in whose password was right and whose second factor is still to come, kept in the session
 * (which is not signed in yet) for a few minutes.
 */
public record PendingSignIn(SignedIn signedIn, String workspace, String email, Instant passwordAt)
    implements Serializable {

  /** Time enough to open the app and type a code; a password left on a screen is not a sign-in. */
  static final Duration CODE_WINDOW = Duration.ofMinutes(5);

  boolean isExpired(Instant now) {
    return now.isAfter(passwordAt.plus(CODE_WINDOW));
  }
}
