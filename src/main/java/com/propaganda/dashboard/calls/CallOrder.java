package com.propaganda.dashboard.calls;

import java.io.Serializable;

/** A sort column and direction; the id follows the same direction to break ties. */
public record CallOrder(CallSort sort, boolean ascending) implements Serializable {

  public static final CallOrder NEWEST_FIRST = new CallOrder(CallSort.PLACED_AT, false);

  public CallOrder reversed() {
    return new CallOrder(sort, !ascending);
  }

  /** The same order in SQL on rows of {@code alias} that have the sort column and the id. */
  String sqlOrderBy(String alias) {
    String direction = ascending ? " ASC" : " DESC";
    return " ORDER BY "
        + alias
        + "."
        + sort.column()
        + direction
        + ", "
        + alias
        + ".id"
        + direction;
  }

  /** In SQL: rows of {@code alias} strictly after the call given as the one parameter. */
  String sqlAfter(String alias) {
    return "("
        + alias
        + "."
        + sort.column()
        + ", "
        + alias
        + ".id) "
        + (ascending ? ">" : "<")
        + " (SELECT k."
        + sort.column()
        + ", k.id FROM calls k WHERE k.id = ?)";
  }
}
