package com.propaganda.dashboard.api;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;

/** The parameters of a request's query string; each may be given once. */
final class QueryFields extends Fields {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private final MultivaluedMap<String, String> parameters;

  QueryFields(UriInfo uri, Set<String> known) {
    this(uri.getQueryParameters(), known);
  }

  private QueryFields(MultivaluedMap<String, String> parameters, Set<String> known) {
    super(parameters.keySet(), known);
    this.parameters = parameters;
  }

  @Override
  boolean has(String name) {
    return parameters.containsKey(name);
  }

  @Override
  public String text(String name) {
    List<String> values = parameters.get(name);
    if (values == null || values.isEmpty() || values.get(0).isEmpty()) {
      return null;
    }
    return values.size() > 1 ? wrong(name, "Given once") : typed(name, values.get(0));
  }

  /**
   * How many rows a page holds: {@value #DEFAULT_LIMIT} unless asked, at most {@value #MAX_LIMIT}.
   */
  int limit() {
    String text = text("limit");
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException notANumber) {
      // named below, like a number out of range
    }
    wrong("limit", "A whole number from 1 to " + MAX_LIMIT);
    return DEFAULT_LIMIT;
  }
}
