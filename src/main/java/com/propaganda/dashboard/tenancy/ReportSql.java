package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.database.ConnectionSettings;
import com.propaganda.dashboard.database.ReadReplica;
import com.propaganda.dashboard.database.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Plain SQL of the reports (dashboard, audit viewer, exports) for the client of the running tenant
 * service, read where {@link ReadReplica} says: the replica while it keeps up, else the primary.
 * Each query is a read-only transaction of its own with the client set, so row-level security
 * applies on the replica as on the primary.
 */
@ApplicationScoped
public class ReportSql extends TenantReads {

  @Inject private ReadReplica replica;

  @Override
  public <T> List<T> query(String sql, List<?> parameters, Sql.RowReader<T> reader) {
    UUID clientId = clientId();
    logStatement(sql, parameters);
    return replica.read(
        source ->
            Sql.inReadOnlyTransaction(
                source,
                new ConnectionSettings().tenant(clientId).customPlans(),
                "A report for client " + clientId,
                connection -> Sql.rows(connection, sql, parameters, reader)));
  }
}
