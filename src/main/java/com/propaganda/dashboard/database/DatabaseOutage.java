package com.propaganda.dashboard.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A request that failed because PostgreSQL is not answering (restarting, failing over, out of
 * connections) rather than because of the request: every front door answers it with 503 and these
 * words, and the log gets one line per outage instead of a stack trace per request.
 */
public final class DatabaseOutage {

  public static final String MESSAGE = "The database is not answering; try again in a moment.";

  /** Seconds a client is asked to wait before it tries again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

  private static final long LOG_EVERY_MILLIS = 30_000;

  // PostgreSQL's "connection exception" class (08) and the server shutting down or starting up.
  private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

  // Payara's pool words a refused connection this way, with no SQLSTATE of its own.
  private static final String POOL_REFUSED = "Error in allocating a connection";

  private static final AtomicLong lastLogged = new AtomicLong();

  private DatabaseOutage() {}

  public static boolean isOutage(Throwable thrown) {
    int depth = 0;
    for (Throwable inner = thrown; inner != null && depth < 50; depth++) {
      if (inner instanceof SQLTransientConnectionException || inner instanceof ConnectException) {
        return true;
      }
      if (inner instanceof SQLException sql && isOutage(sql)) {
        return true;
      }
      inner = inner.getCause() == inner ? null : inner.getCause();
    }
    return false;
  }

  private static boolean isOutage(SQLException sql) {
    String state = sql.getSQLState();
    if (state != null && (state.startsWith("08") || STATES.contains(state))) {
      return true;
    }
    if (sql.getMessage() != null && sql.getMessage().startsWith(POOL_REFUSED)) {
      return true;
    }
    SQLException next = sql.getNextException();
    return next != null && next != sql && isOutage(next);
  }

  /** Logs the outage, once in {@value #LOG_EVERY_MILLIS} ms whatever the number of requests. */
  public static void log(Throwable thrown) {
    long now = System.currentTimeMillis();
    long last = lastLogged.get();
    if (now - last >= LOG_EVERY_MILLIS && lastLogged.compareAndSet(last, now)) {
      LOG.log(
          Level.WARNING, "The database is not answering; requests answer 503 meanwhile", thrown);
    }
  }
}
