package com.propaganda.dashboard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.propaganda.dashboard.calls.CallOutcome;
import com.propaganda.dashboard.calls.CallPatch;
import com.propaganda.dashboard.calls.CallService;
import com.propaganda.dashboard.calls.CallStatus;
import com.propaganda.dashboard.calls.CallType;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.testsupport.SignInAs;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dashboards kept between callers: shared by callers asking for the same one, never between a
 * manager and a sales user, and dropped when a call written through the server commits.
 */
@ExtendWith(ArquillianExtension.class)
class RecentDashboardsIT {

  @EJB private TestData data;

  @EJB private DashboardService dashboards;

  @EJB private CallService calls;

  @Inject private SignInAs signIn;

  private Tenant tenant;

  @BeforeEach
  void oneWonCall() {
    tenant = Tenant.create(data, "Kept Co");
    insertWonCall(tenant.rep());
  }

  @Test
  void aCallLoggedThroughTheServerShowsAtOnce() {
    tenant.signInAs(signIn, Role.CEO);
    assertEquals(1, allTime().current().calls());
    logWonCall(tenant.otherRep());
    assertEquals(2, allTime().current().calls());
  }

  @Test
  void aDashboardOpenedAgainWithinSecondsIsTheOneKept() {
    tenant.signInAs(signIn, Role.CEO);
    assertEquals(1, allTime().current().calls());
    // Written behind the server's back: nothing tells it, so the kept figures stay for now.
    insertWonCall(tenant.otherRep());
    assertEquals(1, allTime().current().calls());
  }

  @Test
  void aSalesUserNeverGetsTheTeamsDashboard() {
    insertWonCall(tenant.otherRep());
    tenant.signInAs(signIn, Role.CEO);
    assertEquals(2, allTime().current().calls());
    assertEquals(2, allTime().leaderboard().size());
    tenant.signInAs(signIn, Role.SALES);
    Dashboard own = allTime();
    assertEquals(1, own.current().calls());
    assertEquals(
        List.of(tenant.rep()), own.leaderboard().stream().map(RepStanding::userId).toList());
  }

  private Dashboard allTime() {
    DashboardFilter filter = new DashboardFilter();
    filter.setPreset(PeriodPreset.ALL_TIME);
    return dashboards.open(filter);
  }

  private void logWonCall(UUID rep) {
    calls.create(
        new CallPatch(
            List.of(
                draft -> draft.setOwnerId(rep),
                draft -> draft.setProspectName("Dana Prospect"),
                draft -> draft.setType(CallType.OUTBOUND),
                draft -> draft.setStatus(CallStatus.COMPLETED),
                draft -> draft.setOutcome(CallOutcome.WON),
                draft -> draft.setCompletedAt(OffsetDateTime.now().minusHours(1)))));
  }

  private void insertWonCall(UUID rep) {
    data.execute(
        "INSERT INTO calls (client_id, user_id, prospect_name, call_type, status, outcome,"
            + " completed_at) VALUES (?, ?, 'Walk-in', 'inbound', 'completed', 'won', now())",
        tenant.id(),
        rep);
  }
}
