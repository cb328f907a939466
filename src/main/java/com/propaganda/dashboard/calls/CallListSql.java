package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.tenancy.TenantSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A call list's ids and count in SQL, from the calls table, or with a search term from
 * matching_call_ids(), which returns each match's sort and filter values: a term that matches
 * thousands of calls never joins each match back to the calls table. Either source has the calls
 * table's column names, so one {@link CallConditions} filters both.
 */
final class CallListSql {

  private final TenantSql sql;
  private final String source;
  private final List<Object> sourceParameters;
  private final CallConditions conditions;

  CallListSql(TenantSql sql, CallFilter filter, CallConditions conditions) {
    this.sql = sql;
    this.conditions = conditions;
    if (isSearch(filter)) {
      source = "matching_call_ids(?) c";
      sourceParameters = List.of(pattern(filter.getSearch()));
    } else {
      // Row-level security alone would keep the client's rows too; the bound client lets the
      // planner seek the list indexes, which all begin with client_id.
      source = "calls c";
      sourceParameters = List.of();
      conditions.add("client_id = ?", sql.clientId());
    }
  }

  /** Whether the filter has a search term. */
  static boolean isSearch(CallFilter filter) {
    return filter.getSearch() != null && !filter.getSearch().isBlank();
  }

  long count() {
    return sql.query(
            "SELECT count(*) FROM " + source + conditions.where(),
            parameters(List.of()),
            row -> row.getLong(1))
        .get(0);
  }

  /** The ids of a page: after the given call in this order (from the start without one). */
  List<UUID> ids(CallOrder order, UUID after, int skip, int max) {
    List<Object> extra = new ArrayList<>();
    String where = conditions.where();
    if (after != null) {
      where += (where.isEmpty() ? " WHERE " : " AND ") + order.sqlAfter("c");
      extra.add(after);
    }
    extra.add(max);
    extra.add(skip);
    return sql.query(
        "SELECT c.id FROM " + source + where + order.sqlOrderBy("c") + " LIMIT ? OFFSET ?",
        parameters(extra),
        row -> row.getObject(1, UUID.class));
  }

  private List<Object> parameters(List<Object> extra) {
    List<Object> all = new ArrayList<>(sourceParameters);
    all.addAll(conditions.parameters());
    all.addAll(extra);
    return all;
  }

  /** A LIKE pattern that finds the text anywhere, with LIKE's own characters taken literally. */
  static String pattern(String text) {
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
