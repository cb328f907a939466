package com.propaganda.dashboard.reports;

import com.propaganda.dashboard.calls.CallFilter;
import com.propaganda.dashboard.calls.CallOutcome;
import com.propaganda.dashboard.calls.CallStatus;
import com.propaganda.dashboard.calls.CallType;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The KPI cards of a dashboard, with the definitions the README gives. */
public final class KpiCards {

  private KpiCards() {}

  public static List<KpiCard> of(Dashboard d) {
    CallFigures now = d.current();
    return List.of(
        count(
            d,
            "calls",
            "Calls",
            "every call placed in the period",
            CallFigures::calls,
            DrillDown.calls(d)),
        count(
            d,
            "completed",
            "Completed",
            "status completed",
            CallFigures::completed,
            DrillDown.status(d, CallStatus.COMPLETED, null)),
        count(
            d,
            "no-shows",
            "No-shows",
            "status no-show",
            CallFigures::noShows,
            DrillDown.status(d, CallStatus.NO_SHOW, null)),
        count(
            d,
            "rescheduled",
            "Rescheduled",
            "status rescheduled; in neither rate",
            CallFigures::rescheduled,
            DrillDown.status(d, CallStatus.RESCHEDULED, null)),
        count(
            d,
            "won",
            "Won",
            "completed, outcome won",
            CallFigures::won,
            DrillDown.status(d, CallStatus.COMPLETED, CallOutcome.WON)),
        count(
            d,
            "lost",
            "Lost",
            "completed, outcome lost",
            CallFigures::lost,
            DrillDown.status(d, CallStatus.COMPLETED, CallOutcome.LOST)),
        count(
            d,
            "pending",
            "Pending (tbd)",
            "completed, outcome tbd or none",
            CallFigures::undecided,
            DrillDown.status(d, CallStatus.COMPLETED, CallOutcome.TBD)),
        rate(
            d,
            "show-rate",
            "Show rate",
            "completed / (completed + no-shows)",
            f -> f.showRate(),
            now.completed()
                + " completed / ("
                + now.completed()
                + " + "
                + now.noShows()
                + " no-shows)",
            DrillDown.status(d, CallStatus.COMPLETED, null),
            now.completed()),
        rate(
            d,
            "close-rate",
            "Close rate",
            "won / (won + lost), completed calls; tbd excluded",
            f -> f.closeRate(),
            now.won() + " won / (" + now.won() + " + " + now.lost() + " lost)",
            DrillDown.status(d, CallStatus.COMPLETED, CallOutcome.WON),
            now.won()),
        new KpiCard(
            "average-duration",
            "Average duration",
            duration(now.averageTalkSeconds()),
            "talk time / completed calls with a duration",
            String.format(
                Locale.ROOT,
                "%,.1f hours over %,d calls",
                now.talkSeconds() / 3600.0,
                now.timedCompleted()),
            d.before() == null ? null : "was " + duration(d.before().averageTalkSeconds()),
            DrillDown.status(d, CallStatus.COMPLETED, null),
            now.completed()),
        split(d, now));
  }

  private static KpiCard count(
      Dashboard d,
      String id,
      String title,
      String formula,
      ToLongFunction<CallFigures> figure,
      CallFilter drillDown) {
    long now = figure.applyAsLong(d.current());
    long all = d.current().calls();
    String change = d.before() == null ? null : countChange(now, figure.applyAsLong(d.before()));
    String basis =
        id.equals("calls")
            ? String.format(
                Locale.ROOT,
                "%,d completed, %,d no-shows, %,d rescheduled",
                d.current().completed(),
                d.current().noShows(),
                d.current().rescheduled())
            : String.format(
                Locale.ROOT, "%s of %,d calls", percent(CallFigures.ratio(now, all)), all);
    return new KpiCard(
        id, title, String.format(Locale.ROOT, "%,d", now), formula, basis, change, drillDown, now);
  }

  private static KpiCard rate(
      Dashboard d,
      String id,
      String title,
      String formula,
      Function<CallFigures, Double> rate,
      String basis,
      CallFilter drillDown,
      long listed) {
    Double now = rate.apply(d.current());
    String change = d.before() == null ? null : rateChange(now, rate.apply(d.before()));
    return new KpiCard(id, title, percent(now), formula, basis, change, drillDown, listed);
  }

  private static KpiCard split(Dashboard d, CallFigures now) {
    String basis =
        String.format(Locale.ROOT, "%,d inbound, %,d outbound", now.inbound(), now.outbound());
    Double inboundShare = now.calls() == 0 ? null : (double) now.inbound() / now.calls();
    String change =
        d.before() == null
            ? null
            : rateChange(
                inboundShare,
                d.before().calls() == 0
                    ? null
                    : (double) d.before().inbound() / d.before().calls());
    return new KpiCard(
        "inbound-share",
        "Inbound share",
        percent(inboundShare),
        "inbound / all calls",
        basis,
        change,
        DrillDown.type(d, CallType.INBOUND),
        now.inbound());
  }

  /** A rate as a percentage, or "n/a" when nothing was there to divide by. */
  public static String percent(Double rate) {
    return rate == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
  }

  static String duration(Double seconds) {
    if (seconds == null) {
      return "n/a";
    }
    long rounded = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d", rounded / 60, rounded % 60);
  }

  static String countChange(long now, long before) {
    long delta = now - before;
    String relative =
        before == 0 ? "" : String.format(Locale.ROOT, " (%+.1f%%)", 100.0 * delta / before);
    return String.format(Locale.ROOT, "%+,d%s vs previous period", delta, relative);
  }

  /** Rates change in percentage points; n/a when either side has no rate. */
  public static String rateChange(Double now, Double before) {
    return points(now, before) + " vs previous period";
  }

  /** The change of a rate in percentage points, or n/a when either side has no rate. */
  public static String points(Double now, Double before) {
    return now == null || before == null
        ? "n/a"
        : String.format(Locale.ROOT, "%+.1f pts", (now - before) * 100);
  }
}
