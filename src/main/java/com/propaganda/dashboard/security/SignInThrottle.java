package com.propaganda.dashboard.security;

import com.propaganda.dashboard.platform.CrossClientSql;
import com.propaganda.dashboard.platform.Sql;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * Slows down password guessing per account: after 3 failures each try waits twice as long as the
 * one before (1 s, 2 s, 4 s ... at most 15 minutes), and an account takes at most 100 failures per
 * hour. Unknown accounts are throttled the same way, so the throttle tells nothing about which
 * exist; the block always ends, so an attacker cannot lock the owner out for good.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInThrottle {

  static final int FREE_FAILURES = 3;
  static final int MAX_FAILURES_PER_HOUR = 100;
  static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

  private static final String IS_BLOCKED =
      "SELECT 1 FROM sign_in_throttle WHERE account_key = ? AND blocked_until > now()";

  // One statement, so concurrent failures of one account count exactly.
  private static final String RECORD_FAILURE =
      "INSERT INTO sign_in_throttle AS t (account_key, failures, window_started, blocked_until)"
          + " VALUES (?, 1, now(), now())"
          + " ON CONFLICT (account_key) DO UPDATE SET"
          + " failures = CASE WHEN t.window_started < now() - interval '1 hour' THEN 1"
          + " ELSE t.failures + 1 END,"
          + " window_started = CASE WHEN t.window_started < now() - interval '1 hour' THEN now()"
          + " ELSE t.window_started END"
          + " RETURNING failures, window_started";

  private static final String BLOCK =
      "UPDATE sign_in_throttle SET blocked_until = now() + ? * interval '1 millisecond'"
          + " WHERE account_key = ?";

  private static final String FORGET = "DELETE FROM sign_in_throttle WHERE account_key = ?";

  @Inject private CrossClientSql sql;

  public boolean isBlocked(String workspace, String email) {
    return !sql.query(
            "Reading the sign-in throttle", IS_BLOCKED, List.of(key(workspace, email)), row -> true)
        .isEmpty();
  }

  public void failed(String workspace, String email) {
    String key = key(workspace, email);
    sql.inOneConnection(
        "Recording a failed sign-in",
        connection -> {
          int failures;
          long windowAgeMillis;
          try (PreparedStatement record = Sql.prepare(connection, RECORD_FAILURE, List.of(key));
              ResultSet result = record.executeQuery()) {
            result.next();
            failures = result.getInt(1);
            windowAgeMillis = System.currentTimeMillis() - result.getTimestamp(2).getTime();
          }
          long delay = delayAfter(failures, windowAgeMillis).toMillis();
          try (PreparedStatement block = Sql.prepare(connection, BLOCK, List.of(delay, key))) {
            return block.executeUpdate();
          }
        });
  }

  public void succeeded(String workspace, String email) {
    sql.update("Clearing the sign-in throttle", FORGET, List.of(key(workspace, email)));
  }

  /** How long an account waits after its n-th failure within the hour. */
  static Duration delayAfter(int failures, long windowAgeMillis) {
    if (failures >= MAX_FAILURES_PER_HOUR) {
      return Duration.ofHours(1).minusMillis(windowAgeMillis);
    }
    if (failures <= FREE_FAILURES) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - FREE_FAILURES - 1, 20);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
  }

  /** Accounts are stored hashed: the table holds no email address. */
  static String key(String workspace, String email) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((workspace + "\n" + email).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
