package com.propaganda.dashboard.calls;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders a call list offers. Each has an index that pages in both directions and continues from
 * a keyset, which keeps deep pages fast; the call id breaks ties.
 */
public enum CallSort {
  PLACED_AT("placedAt", "placed_at"),
  PROSPECT("prospectName", "prospect_name");

  /** The Call attribute, which is also the column's field name on the page. */
  private final String attribute;

  private final String column;

  CallSort(String attribute, String column) {
    this.attribute = attribute;
    this.column = column;
  }

  String attribute() {
    return attribute;
  }

  /** The column in SQL, for lists read with plain SQL. */
  String column() {
    return column;
  }

  /** The sort for a column's field name; anything off the list is refused. */
  public static Optional<CallSort> forField(String field) {
    return Arrays.stream(values()).filter(sort -> sort.attribute.equals(field)).findFirst();
  }
}
