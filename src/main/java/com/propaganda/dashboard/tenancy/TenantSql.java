package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.database.ConnectionSettings;
import com.propaganda.dashboard.database.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Plain SQL for the client of the running tenant service, for the aggregates JPQL cannot express.
 * EclipseLink does not filter plain SQL and may not have used the transaction's connection yet, so
 * the client is set on the connection here, and row-level security applies as for every other
 * statement.
 */
@ApplicationScoped
public class TenantSql extends TenantReads {

  @Resource(lookup = "jdbc/propaganda")
  private DataSource dataSource;

  @Override
  public <T> List<T> query(String sql, List<?> parameters, Sql.RowReader<T> reader) {
    UUID clientId = clientId();
    logStatement(sql, parameters);
    return Sql.query(
        dataSource,
        new ConnectionSettings().tenant(clientId).customPlans(),
        "A query for client " + clientId,
        sql,
        parameters,
        reader);
  }

  /**
   * Runs one statement that changes the client's rows, with who acts set for the audit triggers;
   * answers how many rows it changed.
   */
  public int update(String sql, List<?> parameters) {
    UUID clientId = clientId();
    logStatement(sql, parameters);
    return Sql.update(
        dataSource, changeSettings(clientId), "A change for client " + clientId, sql, parameters);
  }

  /** A change that answers rows ({@code RETURNING}), with who acts set as for {@link #update}. */
  public <T> List<T> updateReturning(String sql, List<?> parameters, Sql.RowReader<T> reader) {
    UUID clientId = clientId();
    logStatement(sql, parameters);
    return Sql.query(
        dataSource,
        changeSettings(clientId),
        "A change for client " + clientId,
        sql,
        parameters,
        reader);
  }

  private ConnectionSettings changeSettings(UUID clientId) {
    return caller.actor().settings().tenant(clientId);
  }
}
