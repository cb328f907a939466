package com.propaganda.dashboard.api;

import com.propaganda.dashboard.calls.CallType;
import com.propaganda.dashboard.reports.DashboardFilter;
import com.propaganda.dashboard.reports.DashboardService;
import com.propaganda.dashboard.reports.PeriodPreset;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

/**
 * {@code /api/v1/reports/summary}: the dashboard for a period, rep and call type, from the same
 * service as the page.
 */
@Path("reports/summary")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

  private static final Set<String> FILTERS = Set.of("period", "from", "to", "rep_id", "type");

  @EJB private DashboardService dashboards;

  @Context private UriInfo uri;

  @GET
  public Response summary() {
    QueryFields query = new QueryFields(uri, FILTERS);
    DashboardFilter filter = new DashboardFilter();
    PeriodPreset period = query.code("period", PeriodPreset.class);
    filter.setFrom(query.date("from"));
    filter.setTo(query.date("to"));
    filter.setPreset(
        period == null && (filter.getFrom() != null || filter.getTo() != null)
            ? PeriodPreset.CUSTOM
            : period);
    filter.setRepId(query.id("rep_id"));
    filter.setType(query.code("type", CallType.class));
    if (filter.getPreset() == PeriodPreset.CUSTOM) {
      if (filter.getFrom() == null) {
        query.wrong("from", "A custom period needs from and to");
      }
      if (filter.getTo() == null) {
        query.wrong("to", "A custom period needs from and to");
      }
      if (filter.getFrom() != null
          && filter.getTo() != null
          && filter.getTo().isBefore(filter.getFrom())) {
        query.wrong("to", "On or after from");
      }
    }
    query.check();
    return Response.ok(SummaryJson.of(dashboards.open(filter))).build();
  }
}
