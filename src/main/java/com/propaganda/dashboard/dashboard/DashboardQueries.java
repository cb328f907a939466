package com.propaganda.dashboard.dashboard;

import com.propaganda.dashboard.calls.CallType;
import com.propaganda.dashboard.platform.TenantSql;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The dashboard's aggregates, each one statement on the rollups (rep_call_figures,
 * team_call_figures: exact at any moment) or, for one rep's loss reasons, on that rep's calls. Rows
 * are summed in PostgreSQL; Java receives a row per rep, reason or trend point.
 */
final class DashboardQueries {

  private final DataSource dataSource;
  private final UUID clientId;
  private final UUID repId;
  private final CallType type;

  DashboardQueries(DataSource dataSource, UUID clientId, DashboardFilter filter) {
    this.dataSource = dataSource;
    this.clientId = clientId;
    this.repId = filter.getRepId();
    this.type = filter.getType();
  }

  /** The first and last day with a call, if there is any. */
  Optional<Period> callDays() {
    Where where = new Where(true);
    return TenantSql.query(
            dataSource,
            clientId,
            "SELECT min(day), max(day) FROM rep_call_figures" + where.sql,
            where.parameters,
            row ->
                row.getDate(1) == null
                    ? null
                    : new Period(row.getDate(1).toLocalDate(), row.getDate(2).toLocalDate()))
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /** Figures of the period and, in the same pass, of the period before it. */
  CallFigures[] figures(Period period, Period before) {
    Where where =
        new Where(true).days(before == null ? period.first() : before.first(), period.last());
    List<Object> parameters = new ArrayList<>();
    parameters.add(Date.valueOf(period.first()));
    parameters.addAll(where.parameters);
    CallFigures[] figures = {CallFigures.NONE, CallFigures.NONE};
    TenantSql.query(
        dataSource,
        clientId,
        "SELECT day >= ?, "
            + CallFigures.SUMS
            + " FROM rep_call_figures"
            + where.sql
            + " GROUP BY 1",
        parameters,
        row -> figures[row.getBoolean(1) ? 0 : 1] = CallFigures.read(row, 2));
    return figures;
  }

  /** Per rep with calls in either period, and every active rep: figures now and before. */
  List<RepRow> reps(Period period, Period before) {
    Where where =
        new Where(false).days(before == null ? period.first() : before.first(), period.last());
    List<Object> parameters = new ArrayList<>();
    parameters.add(Date.valueOf(period.first()));
    parameters.addAll(where.parameters);
    return TenantSql.query(
        dataSource,
        clientId,
        "WITH f AS (SELECT user_id, day >= ? AS now, "
            + CallFigures.SUMS
            + " FROM rep_call_figures"
            + where.sql
            + " GROUP BY 1, 2)"
            + " SELECT u.id, u.name, f.* FROM users u LEFT JOIN f ON f.user_id = u.id"
            + " WHERE f.user_id IS NOT NULL OR (u.role = 'sales' AND u.is_active)",
        parameters,
        row ->
            new RepRow(
                row.getObject(1, UUID.class),
                row.getString(2),
                row.getObject(4) == null || row.getBoolean(4),
                row.getObject(3) == null ? CallFigures.NONE : CallFigures.read(row, 5)));
  }

  /** Lost calls by reason; for one rep straight from their calls, which the rollup lacks. */
  List<LossReasonCount> lossReasons(Period period, ZoneId zone) {
    if (repId == null) {
      Where where = new Where(false).days(period.first(), period.last());
      return TenantSql.query(
          dataSource,
          clientId,
          "SELECT f.loss_reason_id, r.name, sum(f.calls) FROM team_call_figures f"
              + " LEFT JOIN loss_reasons r ON r.id = f.loss_reason_id"
              + where.sql
              + " AND f.status = 'completed' AND f.outcome = 'lost'"
              + " GROUP BY 1, 2 HAVING sum(f.calls) <> 0 ORDER BY 3 DESC, 2",
          where.parameters,
          DashboardQueries::lossReason);
    }
    List<Object> parameters = new ArrayList<>();
    parameters.add(repId);
    parameters.add(period.first().atStartOfDay(zone).toOffsetDateTime());
    parameters.add(period.last().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    String typeCondition = "";
    if (type != null) {
      typeCondition = " AND c.call_type = ?";
      parameters.add(type.code());
    }
    return TenantSql.query(
        dataSource,
        clientId,
        "SELECT c.loss_reason_id, r.name, count(*) FROM calls c"
            + " LEFT JOIN loss_reasons r ON r.id = c.loss_reason_id"
            + " WHERE c.user_id = ? AND c.placed_at >= ? AND c.placed_at < ?"
            + typeCondition
            + " AND c.status = 'completed' AND c.outcome = 'lost'"
            + " GROUP BY 1, 2 ORDER BY 3 DESC, 2",
        parameters,
        DashboardQueries::lossReason);
  }

  /** Figures per day, or per week (starting Monday) when weekly. */
  List<DatedFigures> trend(Period period, boolean weekly) {
    Where where = new Where(true).days(period.first(), period.last());
    String bucket = weekly ? "date_trunc('week', day)::date" : "day";
    return TenantSql.query(
        dataSource,
        clientId,
        "SELECT "
            + bucket
            + ", "
            + CallFigures.SUMS
            + " FROM rep_call_figures"
            + where.sql
            + " GROUP BY 1 ORDER BY 1",
        where.parameters,
        row -> new DatedFigures(row.getDate(1).toLocalDate(), CallFigures.read(row, 2)));
  }

  /**
   * Per rep: completed calls undecided on or before {@code undecidedUntil}, overdue reschedules.
   */
  List<QueueEntry> queue(LocalDate undecidedUntil, LocalDate today) {
    Where where = new Where(true).days(LocalDate.of(1, 1, 1), today.minusDays(1));
    List<Object> parameters = new ArrayList<>();
    parameters.add(Date.valueOf(undecidedUntil));
    parameters.addAll(where.parameters);
    return TenantSql.query(
        dataSource,
        clientId,
        "SELECT f.user_id, u.name, COALESCE(sum(f.undecided) FILTER (WHERE f.day <= ?), 0) AS u,"
            + " sum(f.rescheduled) AS o FROM rep_call_figures f JOIN users u ON u.id = f.user_id"
            + where.sql
            + " GROUP BY 1, 2 HAVING COALESCE(sum(f.undecided) FILTER (WHERE f.day <= ?), 0) > 0"
            + " OR sum(f.rescheduled) > 0 ORDER BY 2",
        withRepeatedFirst(parameters),
        row ->
            new QueueEntry(
                row.getObject(1, UUID.class), row.getString(2), row.getLong(3), row.getLong(4)));
  }

  private static List<Object> withRepeatedFirst(List<Object> parameters) {
    List<Object> all = new ArrayList<>(parameters);
    all.add(parameters.get(0));
    return all;
  }

  private static LossReasonCount lossReason(java.sql.ResultSet row) throws SQLException {
    return new LossReasonCount(row.getObject(1, UUID.class), row.getString(2), row.getLong(3));
  }

  /** A rep's figures, for the current period or the one before. */
  record RepRow(UUID userId, String name, boolean current, CallFigures figures) {}

  /** Figures from one day, or from the week that starts on it. */
  record DatedFigures(LocalDate day, CallFigures figures) {}

  /** The WHERE clause on a rollup view: days, and the rep and call type of the filter. */
  private final class Where {
    private final StringBuilder sql = new StringBuilder(" WHERE TRUE");
    private final List<Object> parameters = new ArrayList<>();

    Where(boolean withRep) {
      if (withRep && repId != null) {
        sql.append(" AND user_id = ?");
        parameters.add(repId);
      }
      if (type != null) {
        sql.append(" AND call_type = ?");
        parameters.add(type.code());
      }
    }

    Where days(LocalDate first, LocalDate last) {
      sql.append(" AND day BETWEEN ? AND ?");
      parameters.add(Date.valueOf(first));
      parameters.add(Date.valueOf(last));
      return this;
    }
  }
}
