package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.database.ConnectionSettings;
import com.propaganda.dashboard.database.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
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

  private static final String SETTINGS_APPLIED = TenantSql.class.getName() + ".settings";

  @Resource(lookup = "jdbc/propaganda")
  private DataSource dataSource;

  @Resource private TransactionSynchronizationRegistry transactions;

  @Override
  public <T> List<T> query(String sql, List<?> parameters, Sql.RowReader<T> reader) {
    UUID clientId = clientId();
    logStatement(sql, parameters);
    List<T> rows =
        Sql.query(
            dataSource,
            settingsNotYetApplied(clientId),
            "A query for client " + clientId,
            sql,
            parameters,
            reader);
    if (transactions.getTransactionKey() != null) {
      transactions.putResource(SETTINGS_APPLIED, clientId);
    }
    return rows;
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

  /**
   * The settings are transaction-local, and inside a JTA transaction the pool hands out the
   * transaction's one connection: a service's later queries need not send them again (the dashboard
   * runs seven).
   */
  private ConnectionSettings settingsNotYetApplied(UUID clientId) {
    boolean applied =
        transactions.getTransactionKey() != null
            && clientId.equals(transactions.getResource(SETTINGS_APPLIED));
    return applied
        ? new ConnectionSettings()
        : new ConnectionSettings().tenant(clientId).customPlans();
  }
}
