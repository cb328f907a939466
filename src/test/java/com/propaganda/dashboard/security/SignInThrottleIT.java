package com.propaganda.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The throttle against bursts, against floods from one address, and for the locked-out owner. */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

  private static final int PARALLEL_GUESSES = 12;

  @EJB private SignInThrottle throttle;

  @EJB private TestData data;

  @Test
  void parallelGuessesGetNoMoreTriesThanGuessesOneAfterAnother() throws Exception {
    String email = unique("burst");
    String attacker = "198.51.100.7";
    ExecutorService guessers = Executors.newFixedThreadPool(PARALLEL_GUESSES);
    try {
      List<Callable<Boolean>> guesses = new ArrayList<>();
      for (int i = 0; i < PARALLEL_GUESSES; i++) {
        guesses.add(() -> throttle.reserve("acme", email, attacker));
      }
      int tries = 0;
      for (Future<Boolean> reserved : guessers.invokeAll(guesses)) {
        tries += reserved.get() ? 1 : 0;
      }
      assertEquals(SignInThrottle.FREE_FAILURES + 1, tries);
    } finally {
      guessers.shutdownNow();
    }
  }

  @Test
  void theOwnerAtAnAddressWithoutFailuresStillGetsATry() {
    String email = unique("owner");
    String attacker = "198.51.100.8";
    for (int i = 0; i <= SignInThrottle.FREE_FAILURES; i++) {
      assertTrue(throttle.reserve("acme", email, attacker));
    }

    assertFalse(throttle.reserve("acme", email, attacker), "the account is blocked");
    assertTrue(throttle.reserve("acme", email, "192.0.2.44"), "the owner's own address");
  }

  @Test
  void anAddressWithAHundredUnsuccessfulTriesGetsNoTryAtAll() {
    String flooder = "198.51.100.9";
    for (int i = 0; i < SignInThrottle.MAX_ADDRESS_TRIES_PER_HOUR; i++) {
      assertTrue(throttle.reserve("acme", unique("guess"), flooder));
    }

    assertFalse(throttle.reserve("acme", unique("fresh"), flooder));
    assertTrue(throttle.reserve("acme", unique("fresh"), "192.0.2.45"));
  }

  @Test
  void aSuccessTakesTheAddressTryBack() {
    String office = "198.51.100.10";
    for (int i = 0; i < SignInThrottle.MAX_ADDRESS_TRIES_PER_HOUR + 5; i++) {
      String email = unique("colleague");
      assertTrue(throttle.reserve("acme", email, office), "sign-in " + i);
      throttle.succeeded("acme", email, office);
    }
  }

  @Test
  void rowsOfAnHourThatIsOverAreForgottenUnlessStillBlocked() {
    String over = SignInThrottle.key("acme", unique("over"));
    String blocked = SignInThrottle.key("acme", unique("blocked"));
    data.execute(
        "INSERT INTO sign_in_throttle VALUES (?, 5, now() - interval '2 hours', now()),"
            + " (?, 100, now() - interval '2 hours', now() + interval '1 minute')",
        over,
        blocked);

    throttle.expire();

    assertEquals(
        "1",
        data.text(
            "SELECT count(*)::text FROM sign_in_throttle WHERE account_key IN (?, ?)",
            over,
            blocked));
    assertEquals(
        "100",
        data.text("SELECT failures::text FROM sign_in_throttle WHERE account_key = ?", blocked));
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID() + "@acme.example";
  }
}
