package com.propaganda.dashboard.users;

import com.propaganda.dashboard.tenancy.SessionLimits;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * What a signed-in session checks of its account on each request.
 *
 * @param mustChangePassword someone else set the password, so the user chooses their own first
 * @param passwordChangedAt a session that saw another value signed in before the change: it ends
 * @param sessionsEndedAt a session signed in before this instant ends (a reset second factor)
 * @param sessionLimits how long the client lets a session last
 */
public record AccountState(
    boolean mustChangePassword,
    OffsetDateTime passwordChangedAt,
    OffsetDateTime sessionsEndedAt,
    SessionLimits sessionLimits) {

  /** Whether a session signed in at {@code signedInAt} must end now. */
  public boolean endsSessionSignedInAt(Instant signedInAt) {
    return sessionsEndedAt != null && signedInAt.isBefore(sessionsEndedAt.toInstant());
  }
}
