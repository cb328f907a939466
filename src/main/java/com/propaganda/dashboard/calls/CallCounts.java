package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.tenancy.TenantConnectionSetting;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Exact call counts from the daily rollup (call_counts plus the deltas not yet folded in), for
 * filters the rollup covers: everything but a rep and the search box. Plain SQL is not filtered by
 * EclipseLink, so the client is bound here, from the caller.
 */
final class CallCounts {

  private CallCounts() {}

  static boolean covers(CallFilter filter, UUID onlyOwner) {
    return onlyOwner == null
        && filter.getRepId() == null
        && (filter.getSearch() == null || filter.getSearch().isBlank());
  }

  static long count(DataSource dataSource, UUID clientId, CallFilter filter) {
    List<Object> parameters = new ArrayList<>();
    String where = where(clientId, filter, parameters);
    String sql =
        "SELECT COALESCE(sum(n), 0) FROM (SELECT calls AS n FROM call_counts"
            + where
            + " UNION ALL SELECT delta FROM call_count_deltas"
            + where
            + ") AS counted";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      // EclipseLink may not have used the transaction's connection yet: set the tenant here too.
      TenantConnectionSetting.set(connection, clientId.toString());
      int index = 1;
      for (int table = 0; table < 2; table++) {
        for (Object parameter : parameters) {
          statement.setObject(index++, parameter);
        }
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Counting calls failed", e);
    }
  }

  private static String where(UUID clientId, CallFilter filter, List<Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE client_id = ?");
    parameters.add(clientId);
    if (filter.getStatus() != null) {
      where.append(" AND status = ?");
      parameters.add(filter.getStatus().code());
    }
    if (filter.getOutcome() != null) {
      where.append(" AND outcome = ?");
      parameters.add(filter.getOutcome().code());
    }
    if (filter.getType() != null) {
      where.append(" AND call_type = ?");
      parameters.add(filter.getType().code());
    }
    if (filter.getLossReasonId() != null) {
      where.append(" AND loss_reason_id = ?");
      parameters.add(filter.getLossReasonId());
    }
    if (filter.getPlacedFrom() != null) {
      where.append(" AND day >= ?");
      parameters.add(filter.getPlacedFrom());
    }
    if (filter.getPlacedTo() != null) {
      where.append(" AND day <= ?");
      parameters.add(filter.getPlacedTo());
    }
    return where.toString();
  }
}
