package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.tenancy.TenantReads;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A call list's ids and count in SQL: from the calls table, or with a search term from the
 * call_search view (the client's calls past row-level security, so the trigram index serves the
 * term). Either source has the calls table's column names, so one {@link CallConditions} filters
 * both.
 */
final class CallListSql {

  private final TenantReads sql;
  private final String source;
  private final CallConditions conditions;
  private final boolean search;

  CallListSql(TenantReads sql, CallFilter filter, CallConditions conditions) {
    this.sql = sql;
    this.conditions = conditions;
    Optional<String> pattern = SearchTerm.likePattern(filter);
    search = pattern.isPresent();
    if (search) {
      source = "call_search c";
      conditions.add("search_text LIKE ?", pattern.get());
    } else {
      // Row-level security alone would keep the client's rows too; the bound client lets the
      // planner seek the list indexes, which all begin with client_id.
      source = "calls c";
      conditions.add("client_id = ?", sql.clientId());
    }
  }

  /** Exact; for a search, at most {@link SearchTerm#COUNT_LIMIT} + 1. */
  long count() {
    String rows = "SELECT 1 FROM " + source + conditions.where();
    List<Object> parameters = new ArrayList<>(conditions.parameters());
    if (search) {
      rows += " LIMIT ?";
      parameters.add(SearchTerm.COUNT_LIMIT + 1);
    }
    return sql.query("SELECT count(*) FROM (" + rows + ") r", parameters, row -> row.getLong(1))
        .get(0);
  }

  /** The ids of a page, newest first, after the cursor (from the newest without one). */
  List<UUID> ids(CallCursor after, int max) {
    List<Object> parameters = new ArrayList<>(conditions.parameters());
    String where = conditions.where();
    if (after != null) {
      where += (where.isEmpty() ? " WHERE " : " AND ") + "(c.placed_at, c.id) < (?, ?)";
      parameters.add(after.placedAt());
      parameters.add(after.id());
    }
    parameters.add(max);
    return sql.query(
        "SELECT c.id FROM " + source + where + CallOrder.NEWEST_FIRST.sqlOrderBy("c") + " LIMIT ?",
        parameters,
        row -> row.getObject(1, UUID.class));
  }

  /** The ids of a page: after the given call in this order (from the start without one). */
  List<UUID> ids(CallOrder order, UUID after, int skip, int max) {
    List<Object> parameters = new ArrayList<>(conditions.parameters());
    String where = conditions.where();
    if (after != null) {
      where += (where.isEmpty() ? " WHERE " : " AND ") + order.sqlAfter("c");
      parameters.add(after);
    }
    parameters.add(max);
    parameters.add(skip);
    return sql.query(
        "SELECT c.id FROM " + source + where + order.sqlOrderBy("c") + " LIMIT ? OFFSET ?",
        parameters,
        row -> row.getObject(1, UUID.class));
  }
}
