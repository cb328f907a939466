package com.propaganda.dashboard.reports;

import com.propaganda.dashboard.calls.CallType;
import com.propaganda.dashboard.tenancy.ClientDays;
import com.propaganda.dashboard.tenancy.ReportSql;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The dashboard's aggregates, each one statement on the rollups (rep_call_figures,
 * team_call_figures: exact at any moment) or, for one rep's loss reasons, on that rep's calls. Rows
 * are summed in PostgreSQL; Java receives a row per rep, reason or trend point.
 */
final class DashboardQueries {

  /** Before any call: the outcome queue looks back this far. */
  private static final LocalDate HISTORY_START = LocalDate.of(2000, 1, 1);

  private final ReportSql sql;
  private final UUID repId;
  private final CallType type;
  private final RollupRows rollups;

  DashboardQueries(ReportSql sql, DashboardFilter filter) {
    this.sql = sql;
    this.repId = filter.getRepId();
    this.type = filter.getType();
    this.rollups = new RollupRows(repId, type);
  }

  /** The first and last day with a call, if there is any. */
  Optional<Period> callDays() {
    return sql
        .query(
            """
            SELECT min(day), max(day) FROM (SELECT min(day) AS day FROM rep_call_counts
                WHERE client_id = current_tenant() UNION ALL SELECT max(day)
                FROM rep_call_counts WHERE client_id = current_tenant() UNION ALL
                SELECT day FROM pending_rep_figures) d""",
            List.of(),
            row ->
                row.getDate(1) == null
                    ? null
                    : new Period(row.getDate(1).toLocalDate(), row.getDate(2).toLocalDate()))
        .stream()
        .filter(Objects::nonNull)
        .findFirst();
  }

  /** Figures of the period and, in the same statement, of the period before it. */
  CallFigures[] figures(Period period, Period before) {
    List<Object> parameters = new ArrayList<>();
    String rows = rollups.periods(period, before, true, parameters);
    CallFigures[] figures = {CallFigures.NONE, CallFigures.NONE};
    sql.query(
        "SELECT now, %s FROM %s GROUP BY 1".formatted(CallFigures.SUMS, rows),
        parameters,
        row -> figures[row.getBoolean(1) ? 0 : 1] = CallFigures.read(row, 2));
    return figures;
  }

  /** Per rep with calls in either period, and every active rep: figures now and before. */
  List<RepRow> reps(Period period, Period before) {
    List<Object> parameters = new ArrayList<>();
    String rows = rollups.periods(period, before, false, parameters);
    return sql.query(
        """
        WITH f AS (SELECT user_id, now, %s FROM %s GROUP BY 1, 2)
        SELECT u.id, u.name, f.* FROM users u LEFT JOIN f ON f.user_id = u.id
        WHERE f.user_id IS NOT NULL OR (u.role = 'sales' AND u.is_active)"""
            .formatted(CallFigures.SUMS, rows),
        parameters,
        row ->
            new RepRow(
                row.getObject(1, UUID.class),
                row.getString(2),
                row.getObject(4) == null || row.getBoolean(4),
                row.getObject(3) == null ? CallFigures.NONE : CallFigures.read(row, 5)));
  }

  /** Lost calls by reason; for one rep straight from their calls, which the rollup lacks. */
  List<LossReasonCount> lossReasons(Period period, ClientDays days) {
    if (repId == null) {
      List<Object> parameters = new ArrayList<>();
      parameters.add(Date.valueOf(period.first()));
      parameters.add(Date.valueOf(period.last()));
      StringBuilder where = new StringBuilder(" WHERE f.day BETWEEN ? AND ?");
      rollups.filters(where, false, parameters);
      return sql.query(
          """
          SELECT f.loss_reason_id, r.name, sum(f.calls) FROM team_call_figures f
          LEFT JOIN loss_reasons r ON r.id = f.loss_reason_id
          %s AND f.status = 'completed' AND f.outcome = 'lost'
          GROUP BY 1, 2 HAVING sum(f.calls) <> 0 ORDER BY 3 DESC, 2"""
              .formatted(where),
          parameters,
          DashboardQueries::lossReason);
    }
    List<Object> parameters = new ArrayList<>();
    parameters.add(repId);
    parameters.add(days.start(period.first()));
    parameters.add(days.end(period.last()));
    String typeCondition = "";
    if (type != null) {
      typeCondition = " AND c.call_type = ?";
      parameters.add(type.code());
    }
    return sql.query(
        """
        SELECT c.loss_reason_id, r.name, count(*) FROM calls c
        LEFT JOIN loss_reasons r ON r.id = c.loss_reason_id
        WHERE c.user_id = ? AND c.placed_at >= ? AND c.placed_at < ?%s
            AND c.status = 'completed' AND c.outcome = 'lost'
        GROUP BY 1, 2 ORDER BY 3 DESC, 2"""
            .formatted(typeCondition),
        parameters,
        DashboardQueries::lossReason);
  }

  /** Figures per day, week (starting Monday) or month. */
  List<DatedFigures> trend(Period period, ChronoUnit unit) {
    List<Object> parameters = new ArrayList<>();
    String rows =
        unit == ChronoUnit.MONTHS
            ? rollups.rowsOf(period, true, true, parameters)
            : rollups.daysOf(period, true, true, parameters);
    String bucket =
        switch (unit) {
          case DAYS -> "day";
          case WEEKS -> "date_trunc('week', day)::date";
          default -> "date_trunc('month', day)::date";
        };
    return sql.query(
        "SELECT %s, %s FROM %s GROUP BY 1 ORDER BY 1".formatted(bucket, CallFigures.SUMS, rows),
        parameters,
        row -> new DatedFigures(row.getDate(1).toLocalDate(), CallFigures.read(row, 2)));
  }

  /**
   * Per rep: completed calls undecided on or before {@code undecidedUntil}, overdue reschedules.
   */
  List<QueueEntry> queue(LocalDate undecidedUntil, LocalDate today) {
    List<Object> parameters = new ArrayList<>();
    String undecided =
        rollups.rowsOf(new Period(HISTORY_START, undecidedUntil), true, true, parameters);
    String overdue =
        rollups.rowsOf(new Period(HISTORY_START, today.minusDays(1)), false, true, parameters);
    return sql.query(
        """
        SELECT f.user_id, u.name, COALESCE(sum(f.undecided) FILTER (WHERE f.now), 0),
            COALESCE(sum(f.rescheduled) FILTER (WHERE NOT f.now), 0)
        FROM (SELECT * FROM %s UNION ALL SELECT * FROM %s) f
        JOIN users u ON u.id = f.user_id GROUP BY 1, 2
        HAVING COALESCE(sum(f.undecided) FILTER (WHERE f.now), 0) > 0
            OR COALESCE(sum(f.rescheduled) FILTER (WHERE NOT f.now), 0) > 0 ORDER BY 2"""
            .formatted(undecided, overdue),
        parameters,
        row ->
            new QueueEntry(
                row.getObject(1, UUID.class), row.getString(2), row.getLong(3), row.getLong(4)));
  }

  private static LossReasonCount lossReason(ResultSet row) throws SQLException {
    return new LossReasonCount(row.getObject(1, UUID.class), row.getString(2), row.getLong(3));
  }

  /** A rep's figures, for the current period or the one before. */
  record RepRow(UUID userId, String name, boolean current, CallFigures figures) {}

  /** Figures from one day, or from the week that starts on it. */
  record DatedFigures(LocalDate day, CallFigures figures) {}
}
