package com.propaganda.dashboard.errors;

import com.propaganda.dashboard.platform.JsonFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * An error answer of the API as RFC 9457 {@code application/problem+json}: a title per kind, the
 * status, what went wrong, and for invalid input one entry per field with the forms' own words.
 */
public record Problem(int status, String title, String detail, Map<String, String> fieldErrors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(int status, String title, String detail) {
    return new Problem(status, title, detail, Map.of());
  }

  public JsonObject toJson() {
    JsonObjectBuilder json =
        JsonFactory.object()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (!fieldErrors.isEmpty()) {
      var errors = JsonFactory.array();
      fieldErrors.forEach(
          (field, message) ->
              errors.add(JsonFactory.object().add("field", field).add("message", message)));
      json.add("errors", errors);
    }
    return json.build();
  }
}
