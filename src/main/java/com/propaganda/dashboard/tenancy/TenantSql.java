package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.platform.ConnectionSettings;
import com.propaganda.dashboard.platform.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Plain SQL for the client of the running tenant service, for the aggregates JPQL cannot express.
 * EclipseLink does not filter plain SQL and may not have used the transaction's connection yet, so
 * the client is set on the connection here, and row-level security applies as for every other
 * statement.
 */
@ApplicationScoped
public class TenantSql {

  /** At FINE, each statement with its parameters: what the dashboard benchmark replays in psql. */
  private static final Logger LOG = Logger.getLogger(TenantSql.class.getName());

  @Resource(lookup = "jdbc/propaganda")
  private DataSource dataSource;

  @Inject private CallerContext caller;

  /** The client whose rows the statements see. */
  public UUID clientId() {
    return caller.caller().clientId();
  }

  public <T> List<T> query(String sql, List<?> parameters, Sql.RowReader<T> reader) {
    UUID clientId = clientId();
    LOG.log(Level.FINE, sql, parameters.toArray());
    return Sql.query(
        dataSource,
        new ConnectionSettings().tenant(clientId).customPlans(),
        "A query for client " + clientId,
        sql,
        parameters,
        reader);
  }
}
