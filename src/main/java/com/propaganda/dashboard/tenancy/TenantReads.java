package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.database.Sql;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Plain SQL queries over the rows of the running tenant service's client: on the primary in the
 * service's transaction ({@link TenantSql}) or where reports read ({@link ReportSql}).
 */
public abstract class TenantReads {

  /** At FINE, each statement with its parameters: what the dashboard benchmark replays in psql. */
  private static final Logger STATEMENTS = Logger.getLogger(TenantReads.class.getName());

  @Inject CallerContext caller;

  static void logStatement(String sql, List<?> parameters) {
    STATEMENTS.log(Level.FINE, sql, parameters.toArray());
  }

  /** The client whose rows the queries see. */
  public UUID clientId() {
    return caller.caller().clientId();
  }

  public abstract <T> List<T> query(String sql, List<?> parameters, Sql.RowReader<T> reader);
}
