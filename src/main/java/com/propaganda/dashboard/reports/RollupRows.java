package com.propaganda.dashboard.reports;

import com.propaganda.dashboard.calls.CallType;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Which rollup rows cover a period, as a subquery for {@link DashboardQueries}: whole months from
 * rep_month_figures, the other days from rep_call_figures, of the filter's rep and type. The
 * parameters are added in the order of the subquery's placeholders.
 */
final class RollupRows {

  private static final String COLUMNS =
      """
      user_id, call_type, calls, completed, no_shows, rescheduled, won, lost, undecided,
      talk_seconds, timed_completed""";

  private final UUID repId;
  private final CallType type;

  RollupRows(UUID repId, CallType type) {
    this.repId = repId;
    this.type = type;
  }

  /**
   * The rows of a period (tagged now = true) and of the one before (now = false), if any; of the
   * filter's rep only when {@code withRep} (the leaderboard reads every rep, whatever the filter).
   */
  String periods(Period period, Period before, boolean withRep, List<Object> parameters) {
    String rows = "(SELECT * FROM " + rowsOf(period, true, withRep, parameters);
    if (before != null) {
      rows += " UNION ALL SELECT * FROM " + rowsOf(before, false, withRep, parameters);
    }
    return rows + ") f";
  }

  /**
   * Per-rep rows that cover exactly the period's days: its whole months from rep_month_figures
   * (dated the first of the month), the days of its partial months from rep_call_figures.
   */
  String rowsOf(Period period, boolean tag, boolean withRep, List<Object> parameters) {
    LocalDate firstWhole =
        period.first().getDayOfMonth() == 1
            ? period.first()
            : period.first().plusMonths(1).withDayOfMonth(1);
    LocalDate lastWhole =
        period.last().plusDays(1).getDayOfMonth() == 1
            ? period.last().withDayOfMonth(1)
            : period.last().withDayOfMonth(1).minusMonths(1);
    if (lastWhole.isBefore(firstWhole)) {
      return daysOf(period, tag, withRep, parameters);
    }
    StringBuilder sql =
        new StringBuilder("(SELECT " + tag + " AS now, month AS day, " + COLUMNS)
            .append(" FROM rep_month_figures WHERE month BETWEEN ? AND ?");
    parameters.add(Date.valueOf(firstWhole));
    parameters.add(Date.valueOf(lastWhole));
    filters(sql, withRep, parameters);
    sql.append(" UNION ALL SELECT ").append(tag).append(" AS now, day, ").append(COLUMNS);
    sql.append(" FROM rep_call_figures WHERE (day BETWEEN ? AND ? OR day BETWEEN ? AND ?)");
    parameters.add(Date.valueOf(period.first()));
    parameters.add(Date.valueOf(firstWhole.minusDays(1)));
    parameters.add(Date.valueOf(lastWhole.plusMonths(1)));
    parameters.add(Date.valueOf(period.last()));
    filters(sql, withRep, parameters);
    return sql.append(") r").toString();
  }

  /** Per-rep rows of the period's days, day by day. */
  String daysOf(Period period, boolean tag, boolean withRep, List<Object> parameters) {
    StringBuilder sql =
        new StringBuilder("(SELECT " + tag + " AS now, day, " + COLUMNS)
            .append(" FROM rep_call_figures WHERE day BETWEEN ? AND ?");
    parameters.add(Date.valueOf(period.first()));
    parameters.add(Date.valueOf(period.last()));
    filters(sql, withRep, parameters);
    return sql.append(") r").toString();
  }

  void filters(StringBuilder sql, boolean withRep, List<Object> parameters) {
    if (withRep && repId != null) {
      sql.append(" AND user_id = ?");
      parameters.add(repId);
    }
    if (type != null) {
      sql.append(" AND call_type = ?");
      parameters.add(type.code());
    }
  }
}
