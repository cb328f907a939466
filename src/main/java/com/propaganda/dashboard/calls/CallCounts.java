package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.platform.TenantSql;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Exact call counts from the daily rollup (team_call_figures: call_counts plus the deltas not yet
 * folded in), for the filters the rollup covers: everything but a rep and the search box.
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
    StringBuilder sql =
        new StringBuilder("SELECT COALESCE(sum(calls), 0) FROM team_call_figures WHERE TRUE");
    if (filter.getStatus() != null) {
      sql.append(" AND status = ?");
      parameters.add(filter.getStatus().code());
    }
    if (filter.getOutcome() == CallOutcome.TBD) {
      sql.append(" AND COALESCE(outcome, 'tbd') = 'tbd'");
    } else if (filter.getOutcome() != null) {
      sql.append(" AND outcome = ?");
      parameters.add(filter.getOutcome().code());
    }
    if (filter.getType() != null) {
      sql.append(" AND call_type = ?");
      parameters.add(filter.getType().code());
    }
    if (filter.isWithoutLossReason()) {
      sql.append(" AND loss_reason_id IS NULL");
    } else if (filter.getLossReasonId() != null) {
      sql.append(" AND loss_reason_id = ?");
      parameters.add(filter.getLossReasonId());
    }
    if (filter.getPlacedFrom() != null) {
      sql.append(" AND day >= ?");
      parameters.add(filter.getPlacedFrom());
    }
    if (filter.getPlacedTo() != null) {
      sql.append(" AND day <= ?");
      parameters.add(filter.getPlacedTo());
    }
    return TenantSql.query(dataSource, clientId, sql.toString(), parameters, row -> row.getLong(1))
        .get(0);
  }
}
