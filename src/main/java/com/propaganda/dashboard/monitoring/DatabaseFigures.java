package com.propaganda.dashboard.monitoring;

import com.propaganda.dashboard.database.DatabaseException;
import com.propaganda.dashboard.platform.Settings;
import com.propaganda.dashboard.tenancy.CrossClientSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Figures that only the database knows, read at most every few seconds however often metrics are
 * scraped: the jobs' backlog (R__operations.sql) and this server's pool connections by state, as
 * PostgreSQL sees them (the pools name themselves propaganda-&lt;pool&gt;-&lt;server&gt;).
 */
@ApplicationScoped
public class DatabaseFigures {

  static final List<String> POOLS = List.of("primary", "reports");
  static final List<String> STATES = List.of("active", "idle", "idle in transaction");

  private static final Duration FRESH = Duration.ofSeconds(5);

  /** The backlog of the jobs; -1 for each while the database does not answer. */
  public record JobBacklog(long unsealedAuditRows, long unfoldedDeltas) {}

  private record Reading(Instant at, JobBacklog backlog, Map<String, Long> connections) {}

  @Inject private CrossClientSql sql;

  private volatile Reading last = new Reading(Instant.EPOCH, new JobBacklog(-1, -1), Map.of());

  JobBacklog backlog() {
    return fresh().backlog();
  }

  long connections(String pool, String state) {
    return fresh().connections().getOrDefault(applicationName(pool) + "|" + state, 0L);
  }

  static String applicationName(String pool) {
    return "propaganda-" + pool + "-" + Settings.nodeName();
  }

  private Reading fresh() {
    Reading reading = last;
    if (reading.at().isAfter(Instant.now().minus(FRESH))) {
      return reading;
    }
    try {
      reading = new Reading(Instant.now(), readBacklog(), readConnections());
    } catch (DatabaseException e) {
      reading = new Reading(Instant.now(), new JobBacklog(-1, -1), Map.of());
    }
    last = reading;
    return reading;
  }

  private JobBacklog readBacklog() {
    return sql.query(
            "Reading the jobs' backlog",
            "SELECT unsealed_audit_rows, unfolded_deltas FROM job_backlog()",
            List.of(),
            row -> new JobBacklog(row.getLong(1), row.getLong(2)))
        .get(0);
  }

  private Map<String, Long> readConnections() {
    return sql
        .query(
            "Reading the pools' connections",
            "SELECT application, state, connections FROM pool_connections()",
            List.of(),
            row -> Map.entry(row.getString(1) + "|" + row.getString(2), row.getLong(3)))
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
