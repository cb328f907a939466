package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.tenancy.TenantReads;
import java.util.UUID;

/**
 * Exact call counts from the daily rollup (team_call_figures: call_counts plus the deltas not yet
 * folded in), for the filters the rollup covers: everything but a rep, the search box and a change
 * time.
 */
final class CallCounts {

  private CallCounts() {}

  static boolean covers(CallFilter filter, UUID onlyOwner) {
    return onlyOwner == null
        && filter.getRepId() == null
        && filter.getUpdatedSince() == null
        && !SearchTerm.applies(filter);
  }

  static long count(TenantReads sql, CallFilter filter) {
    CallConditions conditions = CallConditions.ofDays(filter);
    return sql.query(
            "SELECT COALESCE(sum(calls), 0) FROM team_call_figures" + conditions.where(),
            conditions.parameters(),
            row -> row.getLong(1))
        .get(0);
  }
}
