package com.propaganda.dashboard.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;

/**
 * The few statements that are no client's: the operators' counts, the rollup fold, the audit
 * sealing and access events, the sign-in throttle. They bind no tenant, so on a tenant table they
 * see nothing; they reach across clients only through the narrow SECURITY DEFINER functions.
 */
@ApplicationScoped
public class CrossClientSql {

  @Resource(lookup = "jdbc/propaganda")
  private DataSource dataSource;

  public <T> List<T> query(String what, String sql, List<?> parameters, Sql.RowReader<T> reader) {
    return Sql.query(dataSource, new ConnectionSettings(), what, sql, parameters, reader);
  }

  public int update(String what, String sql, List<?> parameters) {
    return Sql.update(dataSource, new ConnectionSettings(), what, sql, parameters);
  }

  public <T> T inOneConnection(String what, Sql.Work<T> work) {
    return Sql.inOneConnection(dataSource, new ConnectionSettings(), what, work);
  }
}
