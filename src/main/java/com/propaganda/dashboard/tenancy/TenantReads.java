package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.platform.Sql;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Plain SQL queries over the rows of the running tenant service's client: on the primary in the
 * service's transaction ({@link TenantSql}) or where reports read ({@link ReportSql}).
 */
public abstract class TenantReads {

  @Inject CallerContext caller;

  /** The client whose rows the queries see. */
  public UUID clientId() {
    return caller.caller().clientId();
  }

  public abstract <T> List<T> query(String sql, List<?> parameters, Sql.RowReader<T> reader);
}
