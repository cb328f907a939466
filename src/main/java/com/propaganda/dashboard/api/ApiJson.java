package com.propaganda.dashboard.api;

import com.propaganda.dashboard.platform.DatabaseCode;
import com.propaganda.dashboard.platform.JsonFactory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** How the API writes values: times in ISO 8601 with offset, enums in the schema's spelling. */
final class ApiJson {

  private ApiJson() {}

  static JsonObjectBuilder add(JsonObjectBuilder json, String name, Object value) {
    if (value == null) {
      return json.addNull(name);
    }
    if (value instanceof OffsetDateTime time) {
      return json.add(name, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
    }
    if (value instanceof DatabaseCode code) {
      return json.add(name, code.code());
    }
    if (value instanceof Integer number) {
      return json.add(name, number);
    }
    if (value instanceof Long number) {
      return json.add(name, number);
    }
    if (value instanceof Double number) {
      return json.add(name, number);
    }
    if (value instanceof Boolean flag) {
      return json.add(name, flag);
    }
    return json.add(name, value.toString());
  }

  /**
   * A page: the rows, and the cursor of the next page, null after the last.
   *
   * @param rows up to {@code limit + 1} rows: one more than the page says there is a next page
   */
  static <T> JsonObject page(
      List<T> rows, int limit, Function<T, JsonObject> row, Function<T, Cursor> cursor) {
    List<T> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
    JsonArrayBuilder data = JsonFactory.array();
    shown.forEach(r -> data.add(row.apply(r)));
    JsonObjectBuilder page = JsonFactory.object().add("data", data);
    return add(
            page,
            "next_cursor",
            rows.size() > limit ? cursor.apply(shown.get(limit - 1)).encode() : null)
        .build();
  }
}
