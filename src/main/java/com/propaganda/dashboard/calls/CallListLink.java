package com.propaganda.dashboard.calls;

import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The call list as a link: its filters and search, its sort and the columns hidden, as one query
 * string. Saved views store it and their links are it, so a shared link shows a colleague the same
 * list (within what their own role may see).
 */
public record CallListLink(CallFilter filter, CallOrder order, Set<String> hiddenColumns)
    implements Serializable {

  /** The keys of the list's columns that a user may hide, in the order of the table. */
  public static final List<String> COLUMNS =
      List.of("when", "prospect", "rep", "type", "status", "outcome", "reason", "duration");

  public CallListLink {
    hiddenColumns = Set.copyOf(hiddenColumns);
  }

  public String toQuery() {
    List<String> parts = new ArrayList<>();
    String filters = filter.toQuery();
    if (!filters.isEmpty()) {
      parts.add(filters);
    }
    if (!order.equals(CallOrder.NEWEST_FIRST)) {
      parts.add(
          "sort=" + order.sort().attribute() + "&dir=" + (order.ascending() ? "asc" : "desc"));
    }
    List<String> hidden = COLUMNS.stream().filter(hiddenColumns::contains).toList();
    if (!hidden.isEmpty()) {
      parts.add("hide=" + String.join(",", hidden));
    }
    return String.join("&", parts);
  }

  /**
   * The list a link asks for. A filter's wrong value is left out and given to {@code refused} with
   * what it should be, as the API names it; an unknown sort or column is ignored.
   */
  public static CallListLink fromQuery(
      Function<String, String> parameter, BiConsumer<String, String> refused) {
    CallOrder order =
        CallSort.forField(parameter.apply("sort"))
            .map(sort -> new CallOrder(sort, "asc".equals(parameter.apply("dir"))))
            .orElse(CallOrder.NEWEST_FIRST);
    String hide = parameter.apply("hide");
    Set<String> hidden = new LinkedHashSet<>();
    if (hide != null) {
      Arrays.stream(hide.split(","))
          .map(String::strip)
          .filter(COLUMNS::contains)
          .forEach(hidden::add);
    }
    CallFilterQuery.Read filter = CallFilterQuery.read(parameter);
    filter.refused().forEach(refused);
    return new CallListLink(filter.filter(), order, hidden);
  }

  /** The list a query string made by {@link #toQuery()} asks for. */
  public static CallListLink of(String query, BiConsumer<String, String> refused) {
    Map<String, String> parameters = new HashMap<>();
    for (String pair : query.split("&")) {
      String[] parts = pair.split("=", 2);
      if (parts.length == 2) {
        parameters.putIfAbsent(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
      }
    }
    return fromQuery(parameters::get, refused);
  }
}
