package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.platform.ConnectionSettings;
import com.propaganda.dashboard.platform.ReadReplica;
import com.propaganda.dashboard.platform.Sql;
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
public class ReportSql implements TenantReads {

  @Inject private CallerContext caller;

  @Inject private ReadReplica replica;

  @Override
  public UUID clientId() {
    return caller.caller().clientId();
  }

  @Override
  public <T> List<T> query(String sql, List<?> parameters, Sql.RowReader<T> reader) {
    UUID clientId = clientId();
    return replica.read(
        source ->
            Sql.queryReadOnly(
                source,
                new ConnectionSettings().tenant(clientId).customPlans(),
                "A report for client " + clientId,
                sql,
                parameters,
                reader));
  }
}
