package com.propaganda.dashboard.api;

import com.propaganda.dashboard.platform.JsonFactory;
import com.propaganda.dashboard.reports.CallFigures;
import com.propaganda.dashboard.reports.Dashboard;
import com.propaganda.dashboard.reports.LossReasonCount;
import com.propaganda.dashboard.reports.Period;
import com.propaganda.dashboard.reports.QueueEntry;
import com.propaganda.dashboard.reports.RepStanding;
import com.propaganda.dashboard.reports.TrendPoint;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;

/**
 * The dashboard as JSON: the same figures the page shows, each rate with the numerator and
 * denominator it was divided from, so a caller can sum periods or teams correctly.
 */
final class SummaryJson {

  private SummaryJson() {}

  static JsonObject of(Dashboard dashboard) {
    JsonObjectBuilder json = JsonFactory.object();
    JsonObjectBuilder filter = JsonFactory.object();
    ApiJson.add(filter, "period", dashboard.filter().getPreset());
    ApiJson.add(filter, "rep_id", dashboard.filter().getRepId());
    ApiJson.add(filter, "type", dashboard.filter().getType());
    json.add("filter", filter);
    json.add("period", period(dashboard.period()));
    json.add("kpis", figures(dashboard.current()));
    if (dashboard.before() == null) {
      json.addNull("previous_period").addNull("previous_kpis");
    } else {
      json.add("previous_period", period(dashboard.period().previous()));
      json.add("previous_kpis", figures(dashboard.before()));
    }
    json.add("leaderboard", array(dashboard.leaderboard(), SummaryJson::standing));
    json.add("loss_reasons", array(dashboard.lossReasons(), SummaryJson::lossReason));
    json.add("trend", array(dashboard.trend(), SummaryJson::trendPoint));
    json.add("undecided_queue", array(dashboard.queue(), SummaryJson::queueEntry));
    return json.build();
  }

  private static JsonObject period(Period period) {
    JsonObjectBuilder json = JsonFactory.object();
    ApiJson.add(json, "first", period.first());
    ApiJson.add(json, "last", period.last());
    ApiJson.add(json, "days", period.days());
    return json.build();
  }

  private static JsonObject figures(CallFigures figures) {
    JsonObjectBuilder json = JsonFactory.object();
    ApiJson.add(json, "calls", figures.calls());
    ApiJson.add(json, "completed", figures.completed());
    ApiJson.add(json, "no_shows", figures.noShows());
    ApiJson.add(json, "rescheduled", figures.rescheduled());
    ApiJson.add(json, "won", figures.won());
    ApiJson.add(json, "lost", figures.lost());
    ApiJson.add(json, "pending", figures.undecided());
    ApiJson.add(json, "inbound", figures.inbound());
    ApiJson.add(json, "outbound", figures.outbound());
    json.add(
        "show_rate",
        rate(figures.showRate(), figures.completed(), figures.completed() + figures.noShows()));
    json.add(
        "close_rate", rate(figures.closeRate(), figures.won(), figures.won() + figures.lost()));
    json.add(
        "average_duration_seconds",
        rate(figures.averageTalkSeconds(), figures.talkSeconds(), figures.timedCompleted()));
    return json.build();
  }

  private static JsonObject rate(Double value, long numerator, long denominator) {
    JsonObjectBuilder json = JsonFactory.object();
    ApiJson.add(json, "value", value);
    ApiJson.add(json, "numerator", numerator);
    ApiJson.add(json, "denominator", denominator);
    return json.build();
  }

  private static JsonObject standing(RepStanding standing) {
    JsonObjectBuilder json = JsonFactory.object();
    ApiJson.add(json, "rank", standing.rank());
    ApiJson.add(json, "user_id", standing.userId());
    ApiJson.add(json, "name", standing.name());
    json.add("kpis", figures(standing.current()));
    json.add("previous_kpis", figures(standing.previous()));
    return json.build();
  }

  private static JsonObject lossReason(LossReasonCount count) {
    JsonObjectBuilder json = JsonFactory.object();
    ApiJson.add(json, "loss_reason_id", count.reasonId());
    ApiJson.add(json, "name", count.name());
    ApiJson.add(json, "lost", count.lost());
    return json.build();
  }

  private static JsonObject trendPoint(TrendPoint point) {
    JsonObjectBuilder json = JsonFactory.object();
    json.add("period", period(point.days()));
    json.add("kpis", figures(point.figures()));
    return json.build();
  }

  private static JsonObject queueEntry(QueueEntry entry) {
    JsonObjectBuilder json = JsonFactory.object();
    ApiJson.add(json, "user_id", entry.userId());
    ApiJson.add(json, "name", entry.name());
    ApiJson.add(json, "pending", entry.undecided());
    ApiJson.add(json, "overdue", entry.overdue());
    return json.build();
  }

  private static <T> JsonArrayBuilder array(List<T> rows, Function<T, JsonObject> row) {
    JsonArrayBuilder array = JsonFactory.array();
    rows.forEach(r -> array.add(row.apply(r)));
    return array;
  }
}
