package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.tenancy.ClientDays;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The one translation of a call filter into SQL, with bound parameters only, on any row source with
 * the calls table's column names: the calls table (list, count, drill-down, export), the search
 * function, and the daily rollup. Outcome tbd also matches calls without an outcome.
 */
final class CallConditions {

  private final List<String> conditions = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  private CallConditions(CallFilter filter) {
    add("status = ?", filter.getStatus() == null ? null : filter.getStatus().code());
    if (filter.getOutcome() == CallOutcome.TBD) {
      conditions.add("COALESCE(outcome, 'tbd') = 'tbd'");
    } else {
      add("outcome = ?", filter.getOutcome() == null ? null : filter.getOutcome().code());
    }
    add("call_type = ?", filter.getType() == null ? null : filter.getType().code());
    if (filter.isWithoutLossReason()) {
      conditions.add("loss_reason_id IS NULL");
    } else {
      add("loss_reason_id = ?", filter.getLossReasonId());
    }
  }

  /**
   * On calls, one by one.
   *
   * @param onlyOwner the sales rep whose calls alone are visible, or null for the whole client
   * @param days the client's days, in which the filter's dates begin and end
   */
  static CallConditions ofCalls(CallFilter filter, UUID onlyOwner, ClientDays days) {
    CallConditions calls = new CallConditions(filter);
    calls.add("user_id = ?", onlyOwner);
    calls.add("user_id = ?", filter.getRepId());
    calls.add(
        "placed_at >= ?",
        filter.getPlacedFrom() == null ? null : days.start(filter.getPlacedFrom()));
    calls.add(
        "placed_at < ?", filter.getPlacedTo() == null ? null : days.end(filter.getPlacedTo()));
    calls.add("updated_at >= ?", filter.getUpdatedSince());
    return calls;
  }

  /** On the daily rollup, whose rows are the client's days already; a rep is not in it. */
  static CallConditions ofDays(CallFilter filter) {
    CallConditions days = new CallConditions(filter);
    days.add("day >= ?", filter.getPlacedFrom());
    days.add("day <= ?", filter.getPlacedTo());
    return days;
  }

  /** Adds {@code sql} with its one parameter, unless the value is null. */
  CallConditions add(String sql, Object value) {
    if (value != null) {
      conditions.add(sql);
      parameters.add(value);
    }
    return this;
  }

  String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  List<Object> parameters() {
    return parameters;
  }
}
