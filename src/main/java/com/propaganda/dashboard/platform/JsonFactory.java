package com.propaganda.dashboard.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.io.Reader;
import java.util.Map;

/**
 * JSON builders and readers from one provider, looked up once. Each {@code Json.createX()} call
 * looks the provider up again through the web application's class loader; under 16 concurrent API
 * requests that lookup took most of the server's time (113 answers a second for the users list).
 */
public final class JsonFactory {

  private static final JsonProvider PROVIDER = JsonProvider.provider();
  private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());

  private JsonFactory() {}

  public static JsonObjectBuilder object() {
    return BUILDERS.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return BUILDERS.createArrayBuilder();
  }

  public static JsonReader reader(Reader json) {
    return PROVIDER.createReader(json);
  }

  public static JsonParser parser(InputStream json) {
    return PROVIDER.createParser(json);
  }

  public static JsonReader reader(InputStream json) {
    return PROVIDER.createReader(json);
  }
}
