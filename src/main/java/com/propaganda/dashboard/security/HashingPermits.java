package com.propaganda.dashboard.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most one password hash per core at a time: a flood of guesses then queues here instead of
 * taking every core from the signed-in users' pages. A sign-in waits a little for its turn, as
 * colleagues arriving together do; past that it is told to try again, without a hash.
 */
final class HashingPermits {

  static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

  private static final Semaphore PERMITS =
      new Semaphore(Runtime.getRuntime().availableProcessors(), true);

  private HashingPermits() {}

  /** Whether a permit was taken; a caller that got one must {@link #release} it. */
  static boolean acquire() {
    try {
      return PERMITS.tryAcquire(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static void release() {
    PERMITS.release();
  }
}
