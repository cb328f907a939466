package com.propaganda.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.propaganda.dashboard.calls.CallType;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.reports.DashboardFilter;
import com.propaganda.dashboard.reports.DashboardService;
import com.propaganda.dashboard.reports.PeriodPreset;
import com.propaganda.dashboard.testsupport.ApiClient;
import com.propaganda.dashboard.testsupport.ApiKeys;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The summary endpoint answers the dashboard page's figures for the same filter. */
@ExtendWith(ArquillianExtension.class)
class ApiReportsIT {

  @EJB private TestData data;

  @EJB private DashboardService dashboards;

  @Inject private ApiKeys keys;

  @Inject private HttpServletRequest request;

  private Tenant tenant;
  private ApiClient api;

  @BeforeEach
  void aClientWithCalls() {
    tenant = Tenant.create(data, "Reports Co");
    for (int i = 0; i < 12; i++) {
      data.call(
          tenant.id(), i % 3 == 0 ? tenant.otherRep() : tenant.rep(), tenant.lossReason(), "R" + i);
    }
    data.execute(
        "UPDATE calls SET status = 'no-show', outcome = NULL, loss_reason_id = NULL"
            + " WHERE client_id = ? AND prospect_name IN ('R1', 'R2')",
        tenant.id());
    data.execute(
        "UPDATE calls SET outcome = 'won', loss_reason_id = NULL, call_type = 'inbound'"
            + " WHERE client_id = ? AND prospect_name IN ('R4', 'R5', 'R7')",
        tenant.id());
    api =
        ApiClient.of(
            request,
            keys.make(tenant, Role.CEO, com.propaganda.dashboard.apikeys.ApiScope.REPORTS_READ));
  }

  @Test
  void theSummaryIsThePagesDashboardForTheSameFilter() {
    DashboardFilter allTime = new DashboardFilter();
    allTime.setPreset(PeriodPreset.ALL_TIME);
    assertEquals(SummaryJson.of(dashboards.open(allTime)), summary("period=all-time"));

    DashboardFilter repInbound = new DashboardFilter();
    repInbound.setPreset(PeriodPreset.LAST_7_DAYS);
    repInbound.setRepId(tenant.rep());
    repInbound.setType(CallType.INBOUND);
    assertEquals(
        SummaryJson.of(dashboards.open(repInbound)),
        summary("period=last-7-days&type=inbound&rep_id=" + tenant.rep()));

    JsonObject kpis = summary("period=all-time").getJsonObject("kpis");
    assertEquals(12, kpis.getInt("calls"));
    assertEquals(3, kpis.getJsonObject("close_rate").getInt("numerator"), kpis.toString());
    assertEquals(10, kpis.getJsonObject("close_rate").getInt("denominator"));
    assertEquals(10, kpis.getJsonObject("show_rate").getInt("numerator"));
    assertEquals(12, kpis.getJsonObject("show_rate").getInt("denominator"));
  }

  @Test
  void aCustomPeriodNeedsBothEndsInOrder() {
    String today = LocalDate.now().toString();
    ApiClient.Answer missing = api.get("reports/summary?from=" + today);
    assertEquals(400, missing.status(), missing.toString());
    assertEquals("A custom period needs from and to", missing.errors().get("to"));
    ApiClient.Answer reversed =
        api.get("reports/summary?from=" + today + "&to=" + LocalDate.now().minusDays(1));
    assertEquals("On or after from", reversed.errors().get("to"));
    assertEquals(200, api.get("reports/summary?from=" + today + "&to=" + today).status());
  }

  private JsonObject summary(String query) {
    ApiClient.Answer answer = api.get("reports/summary?" + query);
    assertEquals(200, answer.status(), answer.toString());
    return answer.json();
  }
}
