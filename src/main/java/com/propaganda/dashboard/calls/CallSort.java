package com.propaganda.dashboard.calls;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders a call list offers. Each has an index that pages in both directions and continues from
 * a keyset, which keeps deep pages fast; the call id breaks ties.
 */
public enum CallSort {
  PLACED_AT("placedAt"),
  PROSPECT("prospectName");

  /** The Call attribute, which is also the column's field name on the page. */
  private final String attribute;

  CallSort(String attribute) {
    this.attribute = attribute;
  }

  String attribute() {
    return attribute;
  }

  /** The sort for a column's field name; anything off the list is refused. */
  public static Optional<CallSort> forField(String field) {
    return Arrays.stream(values()).filter(sort -> sort.attribute.equals(field)).findFirst();
  }
}
