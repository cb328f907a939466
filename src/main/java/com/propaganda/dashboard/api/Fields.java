package com.propaganda.dashboard.api;

import com.propaganda.dashboard.errors.Problem;
import com.propaganda.dashboard.platform.NamedValues;
import com.propaganda.dashboard.platform.Text;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The named values of a request (a JSON body's fields or the query's parameters), each read as its
 * type or noted with what it should have been. Unknown names are refused, so a misspelt one is
 * never silently ignored. {@link #check()} answers 400 with every wrong value at once, before any
 * service runs.
 */
abstract class Fields extends NamedValues {

  private final Map<String, String> errors = new LinkedHashMap<>();

  protected Fields(Collection<String> given, Set<String> known) {
    given.stream()
        .filter(name -> !known.contains(name))
        .forEach(name -> errors.put(name, "Unknown field"));
  }

  abstract boolean has(String name);

  /** Refuses the request with every wrong value, if there is one. */
  void check() {
    if (!errors.isEmpty()) {
      throw new ApiException(
          new Problem(400, "Bad Request", "Some values are missing or of the wrong type", errors));
    }
  }

  /** The text as given, unless it holds a control character, which no field accepts. */
  String typed(String name, String text) {
    return Text.hasControlCharacter(text) ? wrong(name, Text.CONTROL_CHARACTER) : text;
  }

  @Override
  public <T> T wrong(String name, String expected) {
    errors.putIfAbsent(name, expected);
    return null;
  }
}
