package com.propaganda.dashboard.reports;

import com.propaganda.dashboard.calls.CallFilter;
import com.propaganda.dashboard.calls.CallOutcome;
import com.propaganda.dashboard.calls.CallStatus;
import com.propaganda.dashboard.calls.CallType;

/**
 * The call list filter behind each figure of a dashboard: its count is the figure. Null where the
 * list cannot show exactly those calls.
 */
public final class DrillDown {

  private DrillDown() {}

  /** Every call of the dashboard's period, rep and call type. */
  public static CallFilter calls(Dashboard dashboard) {
    return of(dashboard.period(), dashboard);
  }

  public static CallFilter status(Dashboard dashboard, CallStatus status, CallOutcome outcome) {
    CallFilter filter = calls(dashboard);
    filter.setStatus(status);
    filter.setOutcome(outcome);
    return filter;
  }

  /** Calls of one type; null when the dashboard already shows only the other type. */
  public static CallFilter type(Dashboard dashboard, CallType type) {
    CallType shown = dashboard.filter().getType();
    if (shown != null && shown != type) {
      return null;
    }
    CallFilter filter = calls(dashboard);
    filter.setType(type);
    return filter;
  }

  public static CallFilter rep(Dashboard dashboard, RepStanding rep) {
    CallFilter filter = calls(dashboard);
    filter.setRepId(rep.userId());
    return filter;
  }

  public static CallFilter lossReason(Dashboard dashboard, LossReasonCount reason) {
    CallFilter filter = status(dashboard, CallStatus.COMPLETED, CallOutcome.LOST);
    filter.setLossReasonId(reason.reasonId());
    filter.setWithoutLossReason(reason.reasonId() == null);
    return filter;
  }

  public static CallFilter point(Dashboard dashboard, TrendPoint point) {
    return of(point.days(), dashboard);
  }

  /** Completed calls undecided since the queue's number of days or longer. */
  public static CallFilter undecided(Dashboard dashboard, QueueEntry entry) {
    CallFilter filter = queue(dashboard, entry);
    filter.setStatus(CallStatus.COMPLETED);
    filter.setOutcome(CallOutcome.TBD);
    filter.setPlacedTo(dashboard.today().minusDays(dashboard.filter().getUndecidedDays()));
    return filter;
  }

  /** Rescheduled calls whose day is over. */
  public static CallFilter overdue(Dashboard dashboard, QueueEntry entry) {
    CallFilter filter = queue(dashboard, entry);
    filter.setStatus(CallStatus.RESCHEDULED);
    filter.setPlacedTo(dashboard.today().minusDays(1));
    return filter;
  }

  private static CallFilter queue(Dashboard dashboard, QueueEntry entry) {
    CallFilter filter = new CallFilter();
    filter.setRepId(entry.userId());
    filter.setType(dashboard.filter().getType());
    return filter;
  }

  private static CallFilter of(Period days, Dashboard dashboard) {
    CallFilter filter = new CallFilter();
    filter.setPlacedFrom(days.first());
    filter.setPlacedTo(days.last());
    filter.setRepId(dashboard.filter().getRepId());
    filter.setType(dashboard.filter().getType());
    filter.setFromReport(true);
    return filter;
  }
}
