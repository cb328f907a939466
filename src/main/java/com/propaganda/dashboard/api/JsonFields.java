package com.propaganda.dashboard.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/** The fields of a request's JSON object. */
final class JsonFields extends Fields {

  private final JsonObject json;

  JsonFields(JsonObject json, Set<String> known) {
    super(json.keySet(), known);
    this.json = json;
  }

  @Override
  boolean has(String name) {
    return json.containsKey(name);
  }

  @Override
  public String text(String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString text) {
      return typed(name, text.getString());
    }
    return wrong(name, "Text or null");
  }

  Integer integer(String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.intValueExact();
      } catch (ArithmeticException tooBig) {
        return wrong(name, "A whole number");
      }
    }
    return wrong(name, "A whole number or null");
  }

  Boolean bool(String name) {
    JsonValue value = json.get(name);
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    return wrong(name, "true or false");
  }
}
