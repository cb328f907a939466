package com.propaganda.dashboard.reports;

import com.propaganda.dashboard.calls.CallFilter;
import com.propaganda.dashboard.users.CurrentUserView;
import com.propaganda.dashboard.users.TeamMember;
import com.propaganda.dashboard.users.TeamService;
import com.propaganda.dashboard.web.FacesFeedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The dashboard page: its filter, and the figures, charts and links the page draws. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int REASON_LABEL = 24;

  @EJB private DashboardService dashboardService;

  @EJB private TeamService teamService;

  @Inject private CurrentUserView currentUser;

  @Inject private FacesFeedback feedback;

  private final DashboardFilter filter = new DashboardFilter();
  private List<TeamMember> reps;
  private Dashboard dashboard;
  private List<KpiCard> cards;
  private TrendChart trend;
  private long mostLost;

  @PostConstruct
  void init() {
    // A bookmark or link may name the period, e.g. ?period=ALL_TIME.
    String period =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("period");
    Arrays.stream(PeriodPreset.values())
        .filter(p -> p.name().equals(period))
        .findFirst()
        .ifPresent(filter::setPreset);
    reps = currentUser.isManager() ? teamService.members() : List.of();
    refresh();
  }

  public void refresh() {
    boolean opened =
        feedback.attempt(
            Map.of("to", "dashboard-form:to"), () -> dashboard = dashboardService.open(filter));
    if (!opened) {
      return;
    }
    cards = KpiCards.of(dashboard);
    trend = new TrendChart(dashboard.trend());
    mostLost = dashboard.lossReasons().stream().mapToLong(LossReasonCount::lost).max().orElse(0);
  }

  /** The call list showing exactly the calls of a figure. */
  public String link(CallFilter drillDown) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return context + "/app/calls.xhtml?" + drillDown.toQuery();
  }

  public String percent(Double rate) {
    return KpiCards.percent(rate);
  }

  public String wonChange(RepStanding rep) {
    return String.format(Locale.ROOT, "%+d", rep.current().won() - rep.previous().won());
  }

  public String closeRateChange(RepStanding rep) {
    return KpiCards.points(rep.current().closeRate(), rep.previous().closeRate());
  }

  /** Width of a loss reason's bar, out of 100. */
  public double lossBar(LossReasonCount reason) {
    return mostLost == 0 ? 0 : 100.0 * reason.lost() / mostLost;
  }

  /** A reason's name as the chart labels it: long names are cut so the bars keep their room. */
  public String reasonName(LossReasonCount reason) {
    String name = reason.reasonId() == null ? "No reason given" : reason.name();
    return name.length() <= REASON_LABEL ? name : name.substring(0, REASON_LABEL - 1) + "…";
  }

  public CallFilter repCalls(RepStanding rep) {
    return DrillDown.rep(dashboard, rep);
  }

  public CallFilter reasonCalls(LossReasonCount reason) {
    return DrillDown.lossReason(dashboard, reason);
  }

  public CallFilter pointCalls(TrendPoint point) {
    return DrillDown.point(dashboard, point);
  }

  public CallFilter undecidedCalls(QueueEntry entry) {
    return DrillDown.undecided(dashboard, entry);
  }

  public CallFilter overdueCalls(QueueEntry entry) {
    return DrillDown.overdue(dashboard, entry);
  }

  public PeriodPreset[] getPresets() {
    return PeriodPreset.values();
  }

  public DashboardFilter getFilter() {
    return filter;
  }

  public List<TeamMember> getReps() {
    return reps;
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public List<KpiCard> getCards() {
    return cards;
  }

  public TrendChart getTrend() {
    return trend;
  }

  public int getMinimumCalls() {
    return Leaderboard.MINIMUM_CALLS;
  }
}
