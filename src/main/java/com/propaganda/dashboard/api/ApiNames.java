package com.propaganda.dashboard.api;

import java.util.Map;

/**
 * The API's name of a field the services name: the schema's spelling, in snake case, except where
 * the API says what the field is more plainly (a call's owner is its rep).
 */
final class ApiNames {

  private static final Map<String, String> RENAMED = Map.of("ownerId", "rep_id");

  private ApiNames() {}

  static String of(String field) {
    return RENAMED.getOrDefault(
        field, field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase());
  }
}
