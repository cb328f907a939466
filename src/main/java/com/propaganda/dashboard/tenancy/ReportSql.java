package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.database.ConnectionSettings;
import com.propaganda.dashboard.database.ReadReplica;
import com.propaganda.dashboard.database.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Plain SQL of the reports (dashboard, audit viewer, exports) for the client of the running tenant
 * service, read where {@link ReadReplica} says: the replica while it keeps up, else the primary.
 * Each query is a read-only transaction of its own with the client set, so row-level security
 * applies on the replica as on the primary; a report of several queries runs them in one ({@link
 * #inOneTransaction}).
 */
@ApplicationScoped
public class ReportSql extends TenantReads {

  /** The connection of the report running on this thread, while one runs. */
  private static final ThreadLocal<Connection> REPORT = new ThreadLocal<>();

  @Inject private ReadReplica replica;

  @Override
  public <T> List<T> query(String sql, List<?> parameters, Sql.RowReader<T> reader) {
    UUID clientId = clientId();
    logStatement(sql, parameters);
    Connection report = REPORT.get();
    if (report != null) {
      return Sql.rowsOn(report, "A report for client " + clientId, sql, parameters, reader);
    }
    return inTransaction(clientId, connection -> Sql.rows(connection, sql, parameters, reader));
  }

  /**
   * Runs a report's queries in one read-only transaction: one connection, the settings sent once,
   * every figure from the same snapshot. The dashboard ran six, each with its own {@code BEGIN},
   * settings and {@code ROLLBACK}.
   */
  public <T> T inOneTransaction(Supplier<T> report) {
    if (REPORT.get() != null) {
      return report.get();
    }
    return inTransaction(
        clientId(),
        connection -> {
          REPORT.set(connection);
          try {
            return report.get();
          } finally {
            REPORT.remove();
          }
        });
  }

  private <T> T inTransaction(UUID clientId, Sql.Work<T> work) {
    return replica.read(
        source ->
            Sql.inReadOnlyTransaction(
                source,
                new ConnectionSettings().tenant(clientId).customPlans(),
                "A report for client " + clientId,
                work));
  }
}
