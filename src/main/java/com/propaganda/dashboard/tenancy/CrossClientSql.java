package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.database.ConnectionSettings;
import com.propaganda.dashboard.database.ReadReplica;
import com.propaganda.dashboard.database.Sql;
import com.propaganda.dashboard.identity.Actor;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;

/**
 * The few statements that are no client's: the operators' counts, the rollup fold, the audit
 * sealing and access events, the sign-in throttle. They bind no tenant, so on a tenant table they
 * see nothing; they reach across clients only through the narrow SECURITY DEFINER functions, which
 * check the actor each statement carries (an active operator for the operators' counts).
 */
@ApplicationScoped
public class CrossClientSql {

  @Resource(lookup = "jdbc/propaganda")
  private DataSource dataSource;

  @Inject private ReadReplica replica;

  public <T> List<T> query(String what, String sql, List<?> parameters, Sql.RowReader<T> reader) {
    return Sql.query(dataSource, actorOfThisThread(), what, sql, parameters, reader);
  }

  /** A report across clients, read where {@link ReadReplica} says (the agency roll-up). */
  public <T> List<T> report(String what, String sql, List<?> parameters, Sql.RowReader<T> reader) {
    ConnectionSettings settings = actorOfThisThread();
    return replica.read(
        source ->
            Sql.inReadOnlyTransaction(
                source,
                settings,
                what,
                connection -> Sql.rows(connection, sql, parameters, reader)));
  }

  public int update(String what, String sql, List<?> parameters) {
    return update(what, actorOfThisThread(), sql, parameters);
  }

  /** With settings of the caller's choosing: an access event names its own actor and client. */
  public int update(String what, ConnectionSettings settings, String sql, List<?> parameters) {
    return Sql.update(dataSource, settings, what, sql, parameters);
  }

  public <T> T inOneConnection(String what, Sql.Work<T> work) {
    return Sql.inOneConnection(dataSource, actorOfThisThread(), what, work);
  }

  private static ConnectionSettings actorOfThisThread() {
    Actor actor = CallerContext.actorOnThisThread();
    return actor == null ? new ConnectionSettings() : actor.settings();
  }
}
