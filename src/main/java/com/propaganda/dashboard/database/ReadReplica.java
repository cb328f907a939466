package com.propaganda.dashboard.database;

import com.propaganda.dashboard.platform.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Where reports read: the reports pool (a streaming replica where there is one) while it answers
 * and is at most {@link Settings#replicaMaxLag()} behind, else the primary. Sign-in and writes
 * never come here. The lag is the age of the heartbeat row on the replica, measured every second by
 * {@link ReplicaHeartbeat}; until the first measurement, reports read from the primary.
 */
@ApplicationScoped
public class ReadReplica {

  /** From this lag on, a report says how old its figures are. */
  public static final Duration NOTICEABLE_LAG = Duration.ofSeconds(5);

  private static final String REPLICA_BEAT =
      "SELECT beat, pg_is_in_recovery() FROM replica_heartbeat";

  private static final String BEAT =
      "UPDATE replica_heartbeat SET beat = clock_timestamp() RETURNING beat";

  @Resource(lookup = "jdbc/propaganda")
  private DataSource primary;

  @Resource(lookup = "jdbc/propaganda-reports")
  private DataSource reports;

  private volatile ReplicaState state = ReplicaState.UNKNOWN;

  private volatile Instant primaryAnswered = Instant.EPOCH;

  /** The primary's last stamp; its commit is seen by the next measurement. */
  private volatile Instant lastBeat;

  /**
   * Runs a report's reads on the replica while it is usable, else on the primary. Reads that fail
   * on the replica take it out of use and run again on the primary: a replica that just stopped
   * costs the report a retry, not an error.
   */
  public <T> T read(Function<DataSource, T> reads) {
    if (!inUse()) {
      return reads.apply(primary);
    }
    try {
      return reads.apply(reports);
    } catch (RuntimeException e) {
      // Any way a replica fails: the pool's closed connection surfaced as an undeclared throwable.
      state = ReplicaState.DOWN;
      return reads.apply(primary);
    }
  }

  /** How old the figures a report reads now may be, when that is worth saying. */
  public Optional<Duration> noticeableLag() {
    ReplicaState now = state;
    return now.usable(Settings.replicaMaxLag()) && now.lag().compareTo(NOTICEABLE_LAG) > 0
        ? Optional.of(now.lag())
        : Optional.empty();
  }

  /** How far behind the primary a report read now may be: none when reports read the primary. */
  public Duration readLag() {
    ReplicaState now = state;
    return now.usable(Settings.replicaMaxLag()) ? now.lag() : Duration.ZERO;
  }

  public ReplicaState state() {
    return state;
  }

  /** Whether reports read from the reports pool now: it answered and is not too far behind. */
  public boolean inUse() {
    return state.usable(Settings.replicaMaxLag());
  }

  /** When the primary last took the heartbeat: the readiness check's sign of a usable primary. */
  public Instant primaryAnswered() {
    return primaryAnswered;
  }

  /**
   * Compares the replica's stamp with the primary's last; a failure takes the replica out of use.
   */
  void measure() {
    try {
      state =
          Sql.query(
                  reports,
                  new ConnectionSettings(),
                  "Measuring the replica's lag",
                  REPLICA_BEAT,
                  List.of(),
                  row -> measured(row.getTimestamp(1).toInstant(), row.getBoolean(2)))
              .get(0);
    } catch (DatabaseException e) {
      state = ReplicaState.DOWN;
    }
  }

  private ReplicaState measured(Instant replicaBeat, boolean standby) {
    Instant primaryBeat = lastBeat;
    if (!standby || primaryBeat == null || !primaryBeat.isAfter(replicaBeat)) {
      return ReplicaState.measured(Duration.ZERO, standby);
    }
    return ReplicaState.measured(Duration.between(replicaBeat, primaryBeat), standby);
  }

  /** Stamps the heartbeat row on the primary. */
  void beat() {
    lastBeat =
        Sql.query(
                primary,
                new ConnectionSettings(),
                "Stamping the replica heartbeat",
                BEAT,
                List.of(),
                row -> row.getTimestamp(1).toInstant())
            .get(0);
    primaryAnswered = Instant.now();
  }
}
