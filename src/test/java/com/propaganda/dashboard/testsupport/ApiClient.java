package com.propaganda.dashboard.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.propaganda.dashboard.errors.Problem;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The API over real HTTP, as a caller outside the server sees it, with one key. */
public final class ApiClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final String base;
  private final String key;

  private ApiClient(String base, String key) {
    this.base = base;
    this.key = key;
  }

  /** A client of this server's API (the test request says where it runs) with the key. */
  public static ApiClient of(HttpServletRequest request, String key) {
    return new ApiClient(
        "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/api/v1/", key);
  }

  public ApiClient withKey(String otherKey) {
    return new ApiClient(base, otherKey);
  }

  /** An answer: the status, the headers and the body, parsed when it is JSON. */
  public record Answer(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    /** The field errors of a problem answer, by field. */
    public Map<String, String> errors() {
      return json().getJsonArray("errors").stream()
          .map(JsonValue::asJsonObject)
          .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    }

    /** A problem+json answer with this status, saying nothing of the server's inside. */
    public void assertProblem(int status) {
      assertEquals(status, status(), toString());
      assertEquals(Problem.MEDIA_TYPE, header("Content-Type").orElseThrow());
      assertEquals(status, json().getInt("status"));
      assertFalse(response.body().contains("Exception"), toString());
    }

    public JsonObject json() {
      JsonStructure json = Json.createReader(new StringReader(response.body())).read();
      return json.asJsonObject();
    }

    @Override
    public String toString() {
      return status() + " " + response.body();
    }
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  public Answer delete(String path) {
    return send(request(path).DELETE());
  }

  public Answer post(String path, String body) {
    return send(withBody(path).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A POST with an Idempotency-Key. */
  public Answer post(String path, String body, String idempotencyKey) {
    return send(
        withBody(path)
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A POST of a file's bytes with their media type, as the imports resource takes them. */
  public Answer postFile(String path, String mediaType, byte[] content) {
    return send(
        request(path)
            .header("Content-Type", mediaType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  public Answer postFile(String path, String mediaType, byte[] content, String idempotencyKey) {
    return send(
        request(path)
            .header("Content-Type", mediaType)
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  public Answer patch(String path, String body) {
    return send(withBody(path).method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder withBody(String path) {
    return request(path).header("Content-Type", "application/json");
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).header("User-Agent", "ApiClient test");
    return key == null ? builder : builder.header("Authorization", "Bearer " + key);
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      return new Answer(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
