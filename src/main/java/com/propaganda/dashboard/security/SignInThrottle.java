package com.propaganda.dashboard.security;

import com.propaganda.dashboard.database.DatabaseException;
import com.propaganda.dashboard.database.DatabaseMigration;
import com.propaganda.dashboard.database.Sql;
import com.propaganda.dashboard.passwords.GuessThrottle;
import com.propaganda.dashboard.platform.Sha256;
import com.propaganda.dashboard.tenancy.CrossClientSql;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Slows down password guessing per account: after 3 failures each try waits twice as long as the
 * one before (1 s, 2 s, 4 s ... at most 15 minutes), and an account takes at most 100 tries per
 * hour. A try is reserved before the password is hashed, under the account's row lock, and counts
 * as a failure until it succeeds, so a burst of parallel guesses gets no more tries than the same
 * guesses one after another. Unknown accounts are throttled the same way, so the throttle tells
 * nothing about which exist. An address with 100 unsuccessful tries in the hour gets no try at all;
 * an address's first try in the hour may still go to an account that others blocked, so nobody
 * locks the owner out.
 */
@Stateless
@LocalBean
@Local(GuessThrottle.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInThrottle implements GuessThrottle {

  static final int FREE_FAILURES = 3;
  static final int MAX_FAILURES_PER_HOUR = 100;
  static final int MAX_ADDRESS_TRIES_PER_HOUR = 100;
  static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

  private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

  private static final String ENSURE_ROW =
      """
      INSERT INTO sign_in_throttle (account_key, failures, window_started, blocked_until)
          VALUES (?, 0, now(), now()) ON CONFLICT (account_key) DO NOTHING""";

  /** An hour after its window began, a row counts from zero again. */
  private static final String LOCK_ROW =
      """
      SELECT CASE WHEN window_started < now() - interval '1 hour' THEN 0 ELSE failures END,
          CASE WHEN window_started < now() - interval '1 hour' THEN now()
          ELSE window_started END,
          blocked_until > now()
          FROM sign_in_throttle WHERE account_key = ? FOR UPDATE""";

  private static final String RESERVE =
      """
      UPDATE sign_in_throttle SET failures = ?, window_started = ?,
          blocked_until = now() + ? * interval '1 millisecond' WHERE account_key = ?""";

  // One statement, so concurrent tries of one address count exactly.
  private static final String ADDRESS_TRY =
      """
      INSERT INTO sign_in_throttle AS t (account_key, failures, window_started, blocked_until)
          VALUES (?, 1, now(), now())
          ON CONFLICT (account_key) DO UPDATE SET
          failures = CASE WHEN t.window_started < now() - interval '1 hour' THEN 1
          ELSE t.failures + 1 END,
          window_started = CASE WHEN t.window_started < now() - interval '1 hour' THEN now()
          ELSE t.window_started END
          RETURNING failures""";

  private static final String ADDRESS_SUCCEEDED =
      "UPDATE sign_in_throttle SET failures = greatest(failures - 1, 0) WHERE account_key = ?";

  private static final String FORGET = "DELETE FROM sign_in_throttle WHERE account_key = ?";

  private static final String LOG_FLOODS = "SELECT log_sign_in_floods()";

  private static final String EXPIRE =
      """
      DELETE FROM sign_in_throttle WHERE window_started < now() - interval '1 hour'
          AND blocked_until < now()""";

  @Inject private CrossClientSql sql;

  /**
   * Reserves a try for the account from the address, counted as a failure of both until {@link
   * #succeeded} takes it back.
   *
   * @return whether the password may be checked at all
   */
  @Override
  public boolean reserve(String workspace, String email, String address) {
    String key = key(workspace, email);
    return sql.inOneConnection(
        "Reserving a sign-in try",
        connection -> {
          run(connection, ENSURE_ROW, List.of(key));
          try (PreparedStatement lock = Sql.prepare(connection, LOCK_ROW, List.of(key));
              ResultSet account = lock.executeQuery()) {
            account.next();
            // Counted under the account's lock: one address's burst is served in its own order.
            int addressTries = countAddressTry(connection, address);
            if (addressTries > MAX_ADDRESS_TRIES_PER_HOUR) {
              return false;
            }
            if (account.getBoolean(3)) {
              return addressTries == 1;
            }
            int failures = account.getInt(1) + 1;
            var windowStarted = account.getTimestamp(2);
            long windowAgeMillis = System.currentTimeMillis() - windowStarted.getTime();
            long delay = delayAfter(failures, windowAgeMillis).toMillis();
            run(connection, RESERVE, List.of(failures, windowStarted, delay, key));
            return true;
          }
        });
  }

  /** The reserved try was right: the account starts afresh, the address has one try less. */
  @Override
  public void succeeded(String workspace, String email, String address) {
    sql.inOneConnection(
        "Clearing the sign-in throttle",
        connection -> {
          run(connection, FORGET, List.of(key(workspace, email)));
          run(connection, ADDRESS_SUCCEEDED, List.of(addressKey(address)));
          return null;
        });
  }

  /**
   * Forgets rows whose hour is over and whose block has ended: they count nothing any more, and a
   * flood of made-up accounts would otherwise leave a row each for good.
   */
  @Schedule(minute = "*/10", hour = "*", persistent = false)
  public void expire() {
    if (!DatabaseMigration.isDone()) {
      return;
    }
    try {
      sql.update("Expiring sign-in throttle rows", EXPIRE, List.of());
    } catch (DatabaseException e) {
      LOG.log(Level.WARNING, "Expiring sign-in throttle rows failed; the next run retries", e);
    }
  }

  /**
   * Logs each flood of failed sign-ins from one address as one event per minute with its count,
   * past the first ones, which record_failed_sign_in() logged one by one.
   */
  @Schedule(second = "30", minute = "*", hour = "*", persistent = false)
  public void logFloods() {
    if (!DatabaseMigration.isDone()) {
      return;
    }
    try {
      sql.query("Logging sign-in floods", LOG_FLOODS, List.of(), row -> row.getInt(1));
    } catch (DatabaseException e) {
      LOG.log(Level.WARNING, "Logging sign-in floods failed; the next run logs them", e);
    }
  }

  private static int countAddressTry(Connection connection, String address) throws SQLException {
    try (PreparedStatement count =
            Sql.prepare(connection, ADDRESS_TRY, List.of(addressKey(address)));
        ResultSet tries = count.executeQuery()) {
      tries.next();
      return tries.getInt(1);
    }
  }

  private static void run(Connection connection, String statement, List<?> parameters)
      throws SQLException {
    try (PreparedStatement prepared = Sql.prepare(connection, statement, parameters)) {
      prepared.execute();
    }
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
    return Sha256.hex(workspace + "\n" + email);
  }

  /** Addresses too, apart from accounts: no workspace name has a line break. */
  static String addressKey(String address) {
    return Sha256.hex("address\n" + address);
  }
}
