package com.propaganda.dashboard.platform;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Plain SQL for one client, for the aggregates JPQL cannot express. EclipseLink does not filter
 * plain SQL and may not have used the transaction's connection yet, so the client is set on the
 * connection here, and row-level security applies as for every other statement.
 */
public final class TenantSql {

  private TenantSql() {}

  public static <T> List<T> query(
      DataSource dataSource,
      UUID clientId,
      String sql,
      List<?> parameters,
      Sql.RowReader<T> reader) {
    return Sql.query(
        dataSource,
        new ConnectionSettings().tenant(clientId).customPlans(),
        "A query for client " + clientId,
        sql,
        parameters,
        reader);
  }
}
