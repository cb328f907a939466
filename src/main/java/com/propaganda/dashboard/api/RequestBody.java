package com.propaganda.dashboard.api;

import com.propaganda.dashboard.errors.Problem;
import com.propaganda.dashboard.platform.JsonFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A request's JSON object, read whole but no more than {@link #MAX_BYTES}: a bigger body is refused
 * before it is parsed, and a body that is no JSON object says where it broke.
 */
final class RequestBody {

  static final int MAX_BYTES = 1024 * 1024;

  /**
   * No request of the API nests deeper than a few levels; the reader builds nesting recursively.
   */
  static final int MAX_DEPTH = 32;

  private RequestBody() {}

  static JsonObject object(InputStream body) {
    byte[] bytes = bounded(body);
    if (bytes.length == 0) {
      throw bad("The request needs a JSON object as its body");
    }
    refuseDeepNesting(bytes);
    try (JsonReader reader = JsonFactory.reader(new ByteArrayInputStream(bytes))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw bad("The body must be a JSON object");
      }
      return value.asJsonObject();
    } catch (JsonException malformed) {
      throw malformed(malformed);
    }
  }

  /** Walks the body as a stream of events, which needs no stack, before it is built as a tree. */
  private static void refuseDeepNesting(byte[] bytes) {
    try (JsonParser parser = JsonFactory.parser(new ByteArrayInputStream(bytes))) {
      int depth = 0;
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
          if (++depth > MAX_DEPTH) {
            throw bad("The body nests objects and arrays more than " + MAX_DEPTH + " levels deep");
          }
        } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
          depth--;
        }
      }
    } catch (JsonException malformed) {
      throw malformed(malformed);
    }
  }

  private static ApiException malformed(JsonException malformed) {
    if (malformed instanceof JsonParsingException located) {
      return bad(
          "The body is not valid JSON (line "
              + located.getLocation().getLineNumber()
              + ", column "
              + located.getLocation().getColumnNumber()
              + ")");
    }
    return bad("The body is not valid JSON");
  }

  static byte[] bounded(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new ApiException(
            Problem.of(413, "Content Too Large", "A request body holds at most 1 MB"));
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ApiException bad(String detail) {
    return new ApiException(Problem.of(400, "Bad Request", detail));
  }
}
