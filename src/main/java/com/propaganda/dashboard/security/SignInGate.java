package com.propaganda.dashboard.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Failed sign-ins per address and per account in the last minute, in this server's memory. While
 * one is over its limit, {@link SignInGateFilter} refuses its sign-in posts before Faces renders,
 * the database is asked or a password is hashed: a flood then costs a map lookup per request. The
 * database throttle (SignInThrottle) stays the rule across servers and over the hour; this gate
 * only makes its refusals cheap.
 */
@ApplicationScoped
public class SignInGate {

  static final int ADDRESS_FAILURES_PER_MINUTE = 30;
  static final int ACCOUNT_FAILURES_PER_MINUTE = 10;
  static final Duration WINDOW = Duration.ofMinutes(1);

  /** Beyond this many windows a map forgets the ended ones, and then stops taking new ones. */
  static final int MAX_TRACKED = 100_000;

  // Apart, so that made-up accounts, which cost an attacker nothing, cannot crowd out addresses.
  private final Map<String, Window> addresses = new ConcurrentHashMap<>();
  private final Map<String, Window> accounts = new ConcurrentHashMap<>();

  private final LongSupplier clock;

  public SignInGate() {
    this(System::currentTimeMillis);
  }

  /** With a clock of the caller's, in milliseconds, for the tests of the window's edges. */
  SignInGate(LongSupplier clock) {
    this.clock = clock;
  }

  private record Window(long startedMillis, int failures) {

    boolean ended(long now) {
      return now - startedMillis >= WINDOW.toMillis();
    }

    Window plusOne(long now) {
      return ended(now) ? new Window(now, 1) : new Window(startedMillis, failures + 1);
    }
  }

  void failed(String address, String workspace, String email) {
    long now = clock.getAsLong();
    count(addresses, address, now);
    count(accounts, account(workspace, email), now);
  }

  /**
   * How long the address or the account must still wait, if either is over its limit; without a
   * typed workspace and email (the page itself), the address alone.
   */
  Optional<Duration> shutFor(String address, String workspace, String email) {
    long now = clock.getAsLong();
    long wait =
        Math.max(
            waitMillis(addresses.get(address), ADDRESS_FAILURES_PER_MINUTE, now),
            workspace == null && email == null
                ? 0
                : waitMillis(
                    accounts.get(account(workspace, email)), ACCOUNT_FAILURES_PER_MINUTE, now));
    return wait > 0 ? Optional.of(Duration.ofMillis(wait)) : Optional.empty();
  }

  private static long waitMillis(Window window, int limit, long now) {
    if (window == null || window.ended(now) || window.failures() < limit) {
      return 0;
    }
    return window.startedMillis() + WINDOW.toMillis() - now;
  }

  private static void count(Map<String, Window> windows, String key, long now) {
    if (windows.size() >= MAX_TRACKED && !windows.containsKey(key)) {
      windows.values().removeIf(window -> window.ended(now));
      if (windows.size() >= MAX_TRACKED) {
        return;
      }
    }
    windows.merge(key, new Window(now, 1), (old, fresh) -> old.plusOne(now));
  }

  /** As the credential compares them: stripped and in lower case. */
  private static String account(String workspace, String email) {
    WorkspaceCredential typed = new WorkspaceCredential(workspace, email, null);
    return typed.workspace() + "\n" + typed.email();
  }
}
