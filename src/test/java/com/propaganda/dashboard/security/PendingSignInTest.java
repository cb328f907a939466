package com.propaganda.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingSignInTest {

  private static final Instant PASSWORD_AT = Instant.parse("2026-03-29T00:59:30Z");

  private final PendingSignIn pending =
      new PendingSignIn(
          new SignedIn("client/user", "sales", SignedIn.StillDue.NOTHING),
          "acme",
          "rita@acme.example",
          PASSWORD_AT);

  @Test
  void aCodeIsTakenForFiveMinutesAfterThePasswordAndNotASecondLonger() {
    assertFalse(pending.isExpired(PASSWORD_AT));
    assertFalse(pending.isExpired(PASSWORD_AT.plusSeconds(300)));
    assertTrue(pending.isExpired(PASSWORD_AT.plusSeconds(300).plusMillis(1)));
  }
}
