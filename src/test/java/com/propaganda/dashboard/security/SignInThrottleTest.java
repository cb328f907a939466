package com.propaganda.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  @Test
  void theFirstFailuresAreFreeThenTheDelayDoubles() {
    assertEquals(Duration.ZERO, SignInThrottle.delayAfter(3, 0));
    assertEquals(Duration.ofSeconds(1), SignInThrottle.delayAfter(4, 0));
    assertEquals(Duration.ofSeconds(2), SignInThrottle.delayAfter(5, 0));
    assertEquals(Duration.ofSeconds(512), SignInThrottle.delayAfter(13, 0));
  }

  @Test
  void theDelayNeverExceedsFifteenMinutes() {
    assertEquals(Duration.ofMinutes(15), SignInThrottle.delayAfter(14, 0));
    assertEquals(Duration.ofMinutes(15), SignInThrottle.delayAfter(99, 0));
  }

  @Test
  void aHundredFailuresBlockUntilTheHourIsOver() {
    assertEquals(
        Duration.ofMinutes(50), SignInThrottle.delayAfter(100, Duration.ofMinutes(10).toMillis()));
  }

  @Test
  void accountsAreKeptAsHashesOfWorkspaceAndEmail() {
    String key = SignInThrottle.key("acme", "ceo@acme.example");
    assertEquals(64, key.length());
    assertNotEquals(key, SignInThrottle.key("acme2", "ceo@acme.example"));
    assertNotEquals(key, SignInThrottle.key("acme", "ceo@acme.exampl"));
  }
}
