package com.propaganda.dashboard.calls;

import java.util.Arrays;
import java.util.Optional;

/** The columns a call list may be sorted by, and the JPQL path behind each. */
public enum CallSort {
  SCHEDULED_AT("scheduledAt", "c.scheduledAt"),
  PROSPECT("prospectName", "c.prospectName"),
  REP("repName", "o.name"),
  TYPE("type", "c.type"),
  STATUS("status", "c.status"),
  OUTCOME("outcome", "c.outcome"),
  DURATION("durationSeconds", "c.durationSeconds");

  private final String field;
  private final String path;

  CallSort(String field, String path) {
    this.field = field;
    this.path = path;
  }

  String path() {
    return path;
  }

  /** The sort for a column's field name; anything off the list is refused. */
  public static Optional<CallSort> forField(String field) {
    return Arrays.stream(values()).filter(sort -> sort.field.equals(field)).findFirst();
  }
}
