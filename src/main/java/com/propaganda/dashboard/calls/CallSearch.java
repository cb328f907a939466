package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.platform.TenantSql;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A list with a search term, counted, filtered, sorted and paged straight from matching_call_ids(),
 * which returns each match's sort and filter values: a term that matches thousands of calls no
 * longer joins each match back to the calls table.
 */
final class CallSearch {

  private final DataSource dataSource;
  private final UUID clientId;
  private final String pattern;
  private final CallConditions conditions;

  CallSearch(DataSource dataSource, UUID clientId, CallFilter filter, UUID onlyOwner, ZoneId zone) {
    this.dataSource = dataSource;
    this.clientId = clientId;
    this.pattern = pattern(filter.getSearch());
    this.conditions =
        new CallConditions(filter)
            .add("user_id = ?", onlyOwner)
            .add("user_id = ?", filter.getRepId())
            .add(
                "placed_at >= ?",
                filter.getPlacedFrom() == null
                    ? null
                    : CallListQuery.startOfDay(filter.getPlacedFrom(), zone))
            .add(
                "placed_at < ?",
                filter.getPlacedTo() == null
                    ? null
                    : CallListQuery.startOfDay(filter.getPlacedTo().plusDays(1), zone));
  }

  /** Whether the filter has a search term. */
  static boolean covers(CallFilter filter) {
    return filter.getSearch() != null && !filter.getSearch().isBlank();
  }

  long count() {
    return TenantSql.query(
            dataSource,
            clientId,
            "SELECT count(*) FROM matching_call_ids(?) m" + conditions.where(),
            parameters(List.of()),
            row -> row.getLong(1))
        .get(0);
  }

  List<UUID> ids(CallOrder order, UUID after, int skip, int max) {
    List<Object> extra = new ArrayList<>();
    String where = conditions.where();
    if (after != null) {
      where += (where.isEmpty() ? " WHERE " : " AND ") + order.sqlAfter("m");
      extra.add(after);
    }
    extra.add(max);
    extra.add(skip);
    return TenantSql.query(
        dataSource,
        clientId,
        "SELECT m.id FROM matching_call_ids(?) m"
            + where
            + order.sqlOrderBy("m")
            + " LIMIT ? OFFSET ?",
        parameters(extra),
        row -> row.getObject(1, UUID.class));
  }

  private List<Object> parameters(List<Object> extra) {
    List<Object> all = new ArrayList<>();
    all.add(pattern);
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
