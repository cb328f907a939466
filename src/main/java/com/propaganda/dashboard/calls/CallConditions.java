package com.propaganda.dashboard.calls;

import java.util.ArrayList;
import java.util.List;

/**
 * A call filter's status, outcome, type and loss reason as a SQL WHERE clause with bound
 * parameters, on any row source with the calls table's column names (the rollup, the search
 * function). Outcome tbd also matches calls without an outcome.
 */
final class CallConditions {

  private final List<String> conditions = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  CallConditions(CallFilter filter) {
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

  /** Adds {@code sql} with its one parameter, unless the value is null. */
  CallConditions add(String sql, Object value) {
    if (value != null) {
      conditions.add(sql);
      parameters.add(value);
    }
    return this;
  }

  CallConditions addAlways(String sql) {
    conditions.add(sql);
    return this;
  }

  String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  List<Object> parameters() {
    return parameters;
  }
}
