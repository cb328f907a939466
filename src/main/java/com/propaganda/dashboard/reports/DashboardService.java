package com.propaganda.dashboard.reports;

import com.propaganda.dashboard.identity.Caller;
import com.propaganda.dashboard.identity.KeyScope;
import com.propaganda.dashboard.identity.KeyScopes;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.ClientDays;
import com.propaganda.dashboard.tenancy.ReportSql;
import com.propaganda.dashboard.tenancy.TenantBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The performance dashboard of the caller's client. Admin and ceo see the whole team or any one
 * rep; a sales user sees their own figures and their own rank, whatever the filter asks.
 */
@Stateless
@TenantBound
@RolesAllowed({Roles.CEO, Roles.ADMIN, Roles.SALES})
public class DashboardService {

  /** Weeks rather than days in the trend of a period longer than this. */
  private static final int MAX_DAILY_POINTS = 62;

  /** Months rather than weeks in the trend of a period longer than this. */
  private static final int MAX_WEEKLY_DAYS = 366;

  @Inject private ReportSql sql;

  @Inject private CallerContext context;

  @Inject private RecentDashboards recent;

  @KeyScope(KeyScopes.REPORTS_READ)
  public Dashboard open(DashboardFilter requested) {
    Caller caller = context.caller();
    UUID salesUser = context.role() == Role.SALES ? caller.userId() : null;
    // A copy: the dashboard may be kept and shown to others, the caller's filter changes later.
    DashboardFilter filter = requested.forRep(salesUser != null ? salesUser : requested.getRepId());
    ZoneId zone = context.zone();
    LocalDate today = LocalDate.now(zone);
    ClientDays days = context.days();
    return recent.get(
        DashboardKey.of(caller.clientId(), salesUser, zone, today, filter),
        () ->
            sql.inOneTransaction(
                () -> open(filter, today, new DashboardQueries(sql, filter), salesUser, days)));
  }

  private static Dashboard open(
      DashboardFilter filter,
      LocalDate today,
      DashboardQueries queries,
      UUID rep,
      ClientDays days) {
    Period period = period(filter, today, queries);
    Period before = filter.getPreset() == PeriodPreset.ALL_TIME ? null : period.previous();
    CallFigures[] figures = queries.figures(period, before);
    Leaderboard leaderboard = Leaderboard.rank(queries.reps(period, before));
    List<RepStanding> standings =
        rep != null ? leaderboard.standingOf(rep) : leaderboard.standings();
    return new Dashboard(
        filter,
        today,
        period,
        figures[0],
        before == null ? null : figures[1],
        standings,
        leaderboard.ranked(),
        queries.lossReasons(period, days),
        trend(period, queries),
        queries.queue(today.minusDays(filter.getUndecidedDays()), today));
  }

  private static List<TrendPoint> trend(Period period, DashboardQueries queries) {
    ChronoUnit unit =
        period.days() <= MAX_DAILY_POINTS
            ? ChronoUnit.DAYS
            : period.days() <= MAX_WEEKLY_DAYS ? ChronoUnit.WEEKS : ChronoUnit.MONTHS;
    return Trend.fill(period, unit, queries.trend(period, unit));
  }

  private static Period period(DashboardFilter filter, LocalDate today, DashboardQueries queries) {
    LocalDate firstCall =
        filter.getPreset() == PeriodPreset.ALL_TIME
            ? queries.callDays().map(Period::first).orElse(today)
            : today;
    return filter.getPreset().resolve(today, firstCall, filter.getFrom(), filter.getTo());
  }
}
