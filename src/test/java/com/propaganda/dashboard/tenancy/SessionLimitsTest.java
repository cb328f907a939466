package com.propaganda.dashboard.tenancy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLimitsTest {

  private static final Instant SIGNED_IN = Instant.parse("2026-03-29T00:30:00Z");

  @Test
  void theProductsLimitsEndASessionAtThirtyIdleMinutesAndTwelveHours() {
    SessionLimits product = SessionLimits.PRODUCT;
    Instant lastUsed = SIGNED_IN.plus(Duration.ofHours(1));
    assertFalse(
        product.isOver(SIGNED_IN, lastUsed, lastUsed.plus(Duration.ofMinutes(30)).minusMillis(1)));
    assertTrue(product.isOver(SIGNED_IN, lastUsed, lastUsed.plus(Duration.ofMinutes(30))));
    Instant busy = SIGNED_IN.plus(Duration.ofHours(12));
    assertFalse(product.isOver(SIGNED_IN, busy.minusSeconds(1), busy.minusMillis(1)));
    assertTrue(product.isOver(SIGNED_IN, busy.minusSeconds(1), busy));
  }

  @Test
  void aClientsShorterLimitsCountInRealTimeAcrossADaylightSavingChange() {
    // 2026-03-29 01:00 UTC is when Europe moves its clocks on: an hour is still an hour.
    SessionLimits client = new SessionLimits(Duration.ofMinutes(5), Duration.ofHours(1));
    assertTrue(client.isOver(SIGNED_IN, SIGNED_IN, SIGNED_IN.plus(Duration.ofMinutes(5))));
    Instant lastUsed = SIGNED_IN.plus(Duration.ofMinutes(58));
    assertFalse(client.isOver(SIGNED_IN, lastUsed, SIGNED_IN.plus(Duration.ofMinutes(59))));
    assertTrue(client.isOver(SIGNED_IN, lastUsed, SIGNED_IN.plus(Duration.ofMinutes(60))));
  }

  @Test
  void theBoundsAreTheProductsAndNoWider() {
    assertFalse(SessionLimits.idleMinutesAllowed(4));
    assertTrue(SessionLimits.idleMinutesAllowed(5));
    assertTrue(SessionLimits.idleMinutesAllowed(30));
    assertFalse(SessionLimits.idleMinutesAllowed(31));
    assertFalse(SessionLimits.hoursAllowed(0));
    assertTrue(SessionLimits.hoursAllowed(12));
    assertFalse(SessionLimits.hoursAllowed(13));
    assertFalse(SessionLimits.idleMinutesAllowed(Integer.MIN_VALUE));
  }
}
