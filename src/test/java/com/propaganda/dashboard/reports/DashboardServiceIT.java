package com.propaganda.dashboard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.propaganda.dashboard.agency.AgencyRollup;
import com.propaganda.dashboard.agency.ClientPeriodFigures;
import com.propaganda.dashboard.calls.CallFilter;
import com.propaganda.dashboard.calls.CallService;
import com.propaganda.dashboard.calls.CallType;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.testsupport.SignInAs;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dashboard figures on a hand-counted fixture in New York time (UTC-5 in January): period
 * boundaries to the second, a call that falls on another day in UTC, tbd and unset outcomes,
 * rescheduled calls, a loss without a reason, zero denominators. The period is 2026-01-10 to
 * 2026-01-16; the previous period 2026-01-03 to 2026-01-09.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardServiceIT {

  private static final LocalDate FIRST = LocalDate.parse("2026-01-10");
  private static final LocalDate LAST = LocalDate.parse("2026-01-16");

  @EJB private TestData data;

  @EJB private DashboardService dashboards;

  @EJB private CallService calls;

  @EJB private AgencyRollup rollup;

  @Inject private SignInAs signIn;

  private Tenant tenant;

  @BeforeEach
  void handCountedCalls() {
    tenant = Tenant.create(data, "Figures Co");
    data.execute("SELECT set_client_time_zone(?, 'America/New_York')", tenant.id());
    UUID rep = tenant.rep();
    UUID other = tenant.otherRep();
    UUID price = tenant.lossReason();
    // The period's first instant in New York.
    call(rep, "outbound", "completed", "won", null, 600, "2026-01-10T05:00:00Z");
    call(rep, "inbound", "completed", "lost", price, 300, "2026-01-12T15:00:00Z");
    call(rep, "outbound", "completed", "lost", null, null, "2026-01-13T15:00:00Z");
    call(rep, "outbound", "completed", "tbd", null, 900, "2026-01-14T15:00:00Z");
    call(rep, "outbound", "completed", null, null, null, "2026-01-14T16:00:00Z");
    call(rep, "inbound", "no-show", null, null, null, "2026-01-15T15:00:00Z");
    call(rep, "outbound", "rescheduled", "tbd", null, null, "2026-01-16T15:00:00Z");
    // The period's last second in New York, already 2026-01-17 in UTC.
    call(other, "outbound", "completed", "won", null, 1200, "2026-01-17T04:59:59Z");
    // The day after the period in New York.
    call(other, "outbound", "no-show", null, null, null, "2026-01-17T05:00:00Z");
    // The previous period's last second in New York, already in the period in UTC.
    call(other, "outbound", "completed", "won", null, null, "2026-01-10T04:59:59Z");
    // Not scheduled: placed when it was logged.
    data.execute(
        "INSERT INTO calls (client_id, user_id, prospect_name, call_type, status, outcome,"
            + " loss_reason_id, created_at) VALUES (?, ?, 'Walk-in', 'inbound', 'completed',"
            + " 'lost', ?, '2026-01-11T12:00:00Z')",
        tenant.id(),
        other,
        price);
    // Today: too recent for the outcome queue.
    call(rep, "outbound", "completed", "tbd", null, null, OffsetDateTime.now().toString());
  }

  @Test
  void kpisCountEveryEdgeByHand() {
    tenant.signInAs(signIn, Role.CEO);
    Dashboard dashboard = dashboards.open(period());

    assertEquals(new Period(FIRST, LAST), dashboard.period());
    CallFigures f = dashboard.current();
    assertEquals(
        List.of(9L, 7L, 1L, 1L, 2L, 3L, 2L, 3L, 6L, 3000L, 4L),
        List.of(
            f.calls(),
            f.completed(),
            f.noShows(),
            f.rescheduled(),
            f.won(),
            f.lost(),
            f.undecided(),
            f.inbound(),
            f.outbound(),
            f.talkSeconds(),
            f.timedCompleted()));
    assertEquals(0.875, f.showRate());
    assertEquals(0.4, f.closeRate());
    assertEquals(750.0, f.averageTalkSeconds());

    CallFigures before = dashboard.before();
    assertEquals(List.of(1L, 1L, 1L), List.of(before.calls(), before.completed(), before.won()));
    assertEquals(1.0, before.closeRate());
  }

  @Test
  void zeroDenominatorsGiveNoRate() {
    tenant.signInAs(signIn, Role.CEO);
    DashboardFilter filter = period();
    filter.setRepId(tenant.otherRep());
    filter.setType(CallType.INBOUND);
    Dashboard dashboard = dashboards.open(filter);

    // One inbound call of the other rep: lost, no duration, and no no-show.
    assertEquals(1, dashboard.current().calls());
    assertEquals(0.0, dashboard.current().closeRate());
    assertEquals(1.0, dashboard.current().showRate());
    assertNull(dashboard.current().averageTalkSeconds());
    assertNull(dashboard.before().showRate());
    assertNull(dashboard.before().closeRate());
    assertEquals("n/a", KpiCards.percent(dashboard.before().closeRate()));
  }

  @Test
  void lossReasonsIncludeLossesWithoutAReason() {
    tenant.signInAs(signIn, Role.CEO);
    Map<String, Long> lost = lossReasons(dashboards.open(period()));
    assertEquals(Map.of("Price", 2L, "(none)", 1L), lost);

    DashboardFilter oneRep = period();
    oneRep.setRepId(tenant.rep());
    assertEquals(Map.of("Price", 1L, "(none)", 1L), lossReasons(dashboards.open(oneRep)));
  }

  @Test
  void trendAndLeaderboardSplitTheSameCalls() {
    tenant.signInAs(signIn, Role.ADMIN);
    Dashboard dashboard = dashboards.open(period());

    assertEquals(
        List.of(1L, 1L, 1L, 1L, 2L, 1L, 2L),
        dashboard.trend().stream().map(p -> p.figures().calls()).toList());
    Map<UUID, Long> callsByRep = new java.util.HashMap<>();
    dashboard.leaderboard().forEach(s -> callsByRep.put(s.userId(), s.current().calls()));
    assertEquals(Map.of(tenant.rep(), 7L, tenant.otherRep(), 2L), callsByRep);
    // Both have fewer calls than the minimum sample: listed, not ranked.
    assertEquals(0, dashboard.ranked());
  }

  @Test
  void theOutcomeQueueListsStaleUndecidedAndOverdueRescheduledCalls() {
    tenant.signInAs(signIn, Role.CEO);
    Dashboard dashboard = dashboards.open(period());
    assertEquals(
        List.of(new QueueEntry(tenant.rep(), "User rep@tenant.example", 2, 1)), dashboard.queue());
  }

  @Test
  void aSalesUserSeesOnlyTheirOwnFiguresWhateverTheFilterAsks() {
    tenant.signInAs(signIn, Role.SALES);
    DashboardFilter filter = period();
    filter.setRepId(tenant.otherRep());
    Dashboard dashboard = dashboards.open(filter);

    assertEquals(7, dashboard.current().calls());
    assertEquals(
        List.of(tenant.rep()), dashboard.leaderboard().stream().map(RepStanding::userId).toList());
    assertEquals(Map.of("Price", 1L, "(none)", 1L), lossReasons(dashboard));
    assertEquals(7, dashboard.trend().stream().mapToLong(p -> p.figures().calls()).sum());
    assertEquals(
        List.of(tenant.rep()), dashboard.queue().stream().map(QueueEntry::userId).toList());
  }

  @Test
  void everyDrillDownListsExactlyItsFiguresCallsForAManager() {
    tenant.signInAs(signIn, Role.CEO);
    assertDrillDownsMatch(dashboards.open(period()));
  }

  @Test
  void everyDrillDownListsExactlyItsFiguresCallsForARep() {
    tenant.signInAs(signIn, Role.SALES);
    assertDrillDownsMatch(dashboards.open(period()));
  }

  @Test
  void anotherTimeZoneMovesCallsToOtherDays() {
    data.execute("SELECT set_client_time_zone(?, 'UTC')", tenant.id());
    tenant.signInAs(signIn, Role.CEO);
    Dashboard dashboard = dashboards.open(period());

    // In UTC the previous period's last call moves in, the period's last call moves out.
    assertEquals(
        List.of(2L, 1L, 1L, 1L, 2L, 1L, 1L),
        dashboard.trend().stream().map(p -> p.figures().calls()).toList());
  }

  @Test
  void longPeriodsAddWholeMonthsAndTheDaysAtTheirEdges() {
    tenant.signInAs(signIn, Role.CEO);
    // January 12 to March 31: January by day, February and March as whole months.
    Dashboard edges = dashboards.open(custom("2026-01-12", "2026-03-31"));
    assertEquals(8, edges.current().calls());
    assertEquals(3, edges.before().calls());
    assertDrillDownsMatch(edges);

    // 400 days: whole months from July 2025 to June 2026, a monthly trend.
    Dashboard year = dashboards.open(custom("2025-06-15", "2026-07-20"));
    assertEquals(11, year.current().calls());
    assertEquals(14, year.trend().size());
    assertEquals(
        new Period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31")),
        year.trend().get(7).days());
    assertEquals(11, year.trend().get(7).figures().calls());
    assertDrillDownsMatch(year);
  }

  @Test
  void theAgencyRollUpCountsEachClientOnItsOwnDays() {
    signIn.user("agency", "ops@agency.example", "Demo-Propaganda-2026");
    ClientPeriodFigures figures =
        rollup.clients(new Period(FIRST, LAST)).stream()
            .filter(c -> c.clientId().equals(tenant.id()))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(9L, 7L, 1L, 2L, 3L),
        List.of(
            figures.calls(),
            figures.completed(),
            figures.noShows(),
            figures.won(),
            figures.lost()));
    assertEquals(0.875, figures.showRate());
    assertEquals(0.4, figures.closeRate());
  }

  private void assertDrillDownsMatch(Dashboard dashboard) {
    List<String> checked = new ArrayList<>();
    for (KpiCard card : KpiCards.of(dashboard)) {
      if (card.drillDown() != null) {
        assertListed(card.listed(), card.drillDown(), card.title(), checked);
      }
    }
    for (RepStanding rep : dashboard.leaderboard()) {
      assertListed(rep.current().calls(), DrillDown.rep(dashboard, rep), rep.name(), checked);
    }
    for (LossReasonCount reason : dashboard.lossReasons()) {
      assertListed(reason.lost(), DrillDown.lossReason(dashboard, reason), "reason", checked);
    }
    for (TrendPoint point : dashboard.trend()) {
      assertListed(
          point.figures().calls(), DrillDown.point(dashboard, point), point.toString(), checked);
    }
    for (QueueEntry entry : dashboard.queue()) {
      assertListed(entry.undecided(), DrillDown.undecided(dashboard, entry), "undecided", checked);
      assertListed(entry.overdue(), DrillDown.overdue(dashboard, entry), "overdue", checked);
    }
    System.out.println("Drill-downs checked: " + checked.size());
  }

  private void assertListed(long figure, CallFilter filter, String what, List<String> checked) {
    assertEquals(figure, calls.count(filter), what + " -> " + filter.toQuery());
    checked.add(what);
  }

  private static Map<String, Long> lossReasons(Dashboard dashboard) {
    Map<String, Long> lost = new java.util.HashMap<>();
    dashboard
        .lossReasons()
        .forEach(r -> lost.put(r.reasonId() == null ? "(none)" : r.name(), r.lost()));
    return lost;
  }

  private static DashboardFilter period() {
    return custom(FIRST.toString(), LAST.toString());
  }

  private static DashboardFilter custom(String first, String last) {
    DashboardFilter filter = new DashboardFilter();
    filter.setPreset(PeriodPreset.CUSTOM);
    filter.setFrom(LocalDate.parse(first));
    filter.setTo(LocalDate.parse(last));
    return filter;
  }

  private void call(
      UUID rep,
      String type,
      String status,
      String outcome,
      UUID reason,
      Integer duration,
      String scheduledAt) {
    data.execute(
        "INSERT INTO calls (client_id, user_id, prospect_name, call_type, status, outcome,"
            + " loss_reason_id, call_duration, scheduled_at) VALUES (?, ?, 'Fixture', ?, ?, ?, ?,"
            + " ?, ?::timestamptz)",
        tenant.id(),
        rep,
        type,
        status,
        outcome,
        reason,
        duration,
        scheduledAt);
  }
}
