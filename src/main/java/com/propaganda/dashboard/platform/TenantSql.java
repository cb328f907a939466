package com.propaganda.dashboard.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Plain SQL for one client, for the aggregates JPQL cannot express. EclipseLink does not filter
 * plain SQL and may not have used the transaction's connection yet, so the client is set on the
 * connection here, and row-level security applies as for every other statement.
 */
public final class TenantSql {

  /** At FINE, each statement with its parameters: what benchmarks replay in psql. */
  private static final Logger LOG = Logger.getLogger(TenantSql.class.getName());

  /** Maps the current row of a result. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private TenantSql() {}

  /**
   * The tenant, and a plan made for each statement's own values: after five runs the driver
   * prepares statements on the server, and PostgreSQL's generic plan for a day range read every
   * client's rollup rows, twice the time of the plan made for the actual days.
   */
  private static final String SET_UP =
      "SELECT set_config('app.current_tenant', ?, true),"
          + " set_config('plan_cache_mode', 'force_custom_plan', true)";

  private static void setUp(Connection connection, UUID clientId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SET_UP)) {
      statement.setString(1, clientId.toString());
      statement.execute();
    }
  }

  public static <T> List<T> query(
      DataSource dataSource, UUID clientId, String sql, List<?> parameters, RowReader<T> reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      setUp(connection, clientId);
      LOG.log(Level.FINE, sql, parameters.toArray());
      int index = 1;
      for (Object parameter : parameters) {
        statement.setObject(index++, parameter);
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(reader.read(result));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("A query for client " + clientId + " failed", e);
    }
  }
}
