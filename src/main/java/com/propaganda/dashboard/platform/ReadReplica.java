package com.propaganda.dashboard.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

  private static final String LAG =
      "SELECT extract(epoch FROM clock_timestamp() - beat) * 1000, pg_is_in_recovery()"
          + " FROM replica_heartbeat";

  private static final String BEAT = "UPDATE replica_heartbeat SET beat = clock_timestamp()";

  @Resource(lookup = "jdbc/propaganda")
  private DataSource primary;

  @Resource(lookup = "jdbc/propaganda-reports")
  private DataSource reports;

  private volatile ReplicaState state = ReplicaState.UNKNOWN;

  private volatile Instant primaryAnswered = Instant.EPOCH;

  /** The pool a report reads from now. */
  public DataSource source() {
    return state.usable(Settings.replicaMaxLag()) ? reports : primary;
  }

  /** How old the figures a report reads now may be, when that is worth saying. */
  public Optional<Duration> noticeableLag() {
    return state.usable(Settings.replicaMaxLag()) && state.lag().compareTo(NOTICEABLE_LAG) > 0
        ? Optional.of(state.lag())
        : Optional.empty();
  }

  public ReplicaState state() {
    return state;
  }

  /** When the primary last took the heartbeat: the readiness check's sign of a usable primary. */
  public Instant primaryAnswered() {
    return primaryAnswered;
  }

  /** Reads the heartbeat's age on the reports pool; a failure takes the replica out of use. */
  void measure() {
    try {
      state =
          Sql.query(
                  reports,
                  new ConnectionSettings(),
                  "Measuring the replica's lag",
                  LAG,
                  List.of(),
                  row ->
                      ReplicaState.measured(
                          Duration.ofMillis(Math.max(0, row.getLong(1))), row.getBoolean(2)))
              .get(0);
    } catch (DatabaseException e) {
      state = ReplicaState.DOWN;
    }
  }

  /** Stamps the heartbeat row on the primary, committed before the lag is measured. */
  void beat() {
    Sql.inLocalTransaction(
        primary,
        new ConnectionSettings(),
        "Stamping the replica heartbeat",
        false,
        connection -> {
          try (PreparedStatement stamp = connection.prepareStatement(BEAT)) {
            return stamp.executeUpdate();
          }
        });
    primaryAnswered = Instant.now();
  }
}
