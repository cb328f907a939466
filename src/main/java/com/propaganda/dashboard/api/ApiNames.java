package com.propaganda.dashboard.api;

import com.propaganda.dashboard.calls.CallField;
import java.util.Arrays;
import java.util.Locale;

/**
 * The API's name of a field the services name: a call's field by the registry ({@link CallField}: a
 * call's owner is its rep), any other in the schema's spelling, snake case.
 */
final class ApiNames {

  private ApiNames() {}

  static String of(String field) {
    return Arrays.stream(CallField.values())
        .filter(callField -> field.equals(callField.property()))
        .findFirst()
        .map(CallField::apiName)
        .orElseGet(() -> field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
  }
}
