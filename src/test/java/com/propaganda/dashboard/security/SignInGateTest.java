package com.propaganda.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-server gate at its limits and at the end of its minute. */
class SignInGateTest {

  private final AtomicLong now = new AtomicLong(1_000_000);
  private final SignInGate gate = new SignInGate(now::get);

  @Test
  void anAddressIsShutAtItsThirtiethFailureInAMinuteForTheRestOfThatMinute() {
    for (int i = 0; i < SignInGate.ADDRESS_FAILURES_PER_MINUTE - 1; i++) {
      gate.failed("203.0.113.7", "acme", "guess" + i + "@acme.example");
    }
    assertEquals(Optional.empty(), gate.shutFor("203.0.113.7", null, null));
    gate.failed("203.0.113.7", "acme", "last@acme.example");
    now.addAndGet(20_000);

    assertEquals(Optional.of(Duration.ofSeconds(40)), gate.shutFor("203.0.113.7", null, null));
    assertEquals(Optional.empty(), gate.shutFor("203.0.113.8", null, null));
    now.addAndGet(40_000);
    assertEquals(Optional.empty(), gate.shutFor("203.0.113.7", null, null));
  }

  @Test
  void anAccountIsShutAtItsTenthFailureFromAnyAddressAsTyped() {
    for (int i = 0; i < SignInGate.ACCOUNT_FAILURES_PER_MINUTE; i++) {
      gate.failed("198.51.100." + i, "acme", "ceo@acme.example");
    }

    assertTrue(gate.shutFor("192.0.2.1", " ACME ", "CEO@acme.example ").isPresent());
    assertEquals(Optional.empty(), gate.shutFor("192.0.2.1", "acme", "rita@acme.example"));
    assertEquals(Optional.empty(), gate.shutFor("192.0.2.1", null, null));
  }
}
