package com.propaganda.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.apikeys.ApiScope;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.testsupport.ApiClient;
import com.propaganda.dashboard.testsupport.ApiClient.Answer;
import com.propaganda.dashboard.testsupport.ApiKeys;
import com.propaganda.dashboard.testsupport.OwnerDatabase;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Idempotent POSTs, the per-key rate limit and the client's ceiling over all its keys. */
@ExtendWith(ArquillianExtension.class)
class ApiLimitsIT {

  @EJB private TestData data;

  @Inject private ApiKeys keys;

  @Inject private HttpServletRequest request;

  private Tenant tenant;

  @BeforeEach
  void aClient() {
    tenant = Tenant.create(data, "Limits Co");
  }

  @Test
  void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndChangesNothing() {
    ApiClient api = keys.clientWithEveryScope(tenant, Role.ADMIN);
    String body =
        "{\"rep_id\":\""
            + tenant.rep()
            + "\",\"prospect_name\":\"Once\","
            + "\"type\":\"inbound\",\"status\":\"no-show\"}";
    String key = UUID.randomUUID().toString();

    Answer first = api.post("calls", body, key);
    Answer retry = api.post("calls", body, key);

    assertEquals(201, first.status(), first.toString());
    assertEquals(201, retry.status(), retry.toString());
    assertEquals(first.json(), retry.json());
    assertEquals(first.header("Location"), retry.header("Location"));
    assertEquals("true", retry.header("Idempotent-Replayed").orElseThrow());
    assertFalse(first.header("Idempotent-Replayed").isPresent());
    assertEquals("1", calls());

    Answer otherBody = api.post("calls", body.replace("Once", "Twice"), key);
    otherBody.assertProblem(422);
    Answer fresh = api.post("calls", body.replace("Once", "Twice"), UUID.randomUUID().toString());
    assertEquals(201, fresh.status());
    assertEquals("2", calls());
  }

  @Test
  void aRetryWhileTheFirstIsInFlightIsAConflictAndARefusalIsReplayed() {
    ApiClient api = keys.clientWithEveryScope(tenant, Role.ADMIN);
    String body = "{\"prospect_name\":\"Incomplete\"}";
    Answer refused = api.post("calls", body, "refused-once");
    refused.assertProblem(422);
    Answer replayed = api.post("calls", body, "refused-once");
    assertEquals(refused.json(), replayed.json());
    assertEquals("true", replayed.header("Idempotent-Replayed").orElseThrow());

    data.execute(
        "UPDATE api_idempotency SET status = NULL, body = NULL WHERE idempotency_key = ?",
        "refused-once");
    api.post("calls", body, "refused-once").assertProblem(409);
    assertEquals("0", calls());
  }

  @Test
  void aKeyOverItsRateLimitWaitsForTheNextMinute() throws InterruptedException {
    ApiClient api = ApiClient.of(request, keys.make(tenant, Role.ADMIN, 3, ApiScope.CALLS_READ));
    // Four requests in one minute, not two minutes' worth split by the minute's end.
    if (LocalTime.now().getSecond() > 50) {
      Thread.sleep((61 - LocalTime.now().getSecond()) * 1000L);
    }
    List<Answer> answers = IntStream.range(0, 4).mapToObj(i -> api.get("users")).toList();

    assertEquals(List.of(200, 200, 200, 429), answers.stream().map(Answer::status).toList());
    assertEquals("\"per-key\";q=3;w=60", answers.get(0).header("RateLimit-Policy").orElseThrow());
    assertTrue(
        answers.get(0).header("RateLimit").orElseThrow().startsWith("\"per-key\";r=2;t="),
        answers.get(0).header("RateLimit").orElseThrow());
    Answer limited = answers.get(3);
    limited.assertProblem(429);
    int retryAfter = Integer.parseInt(limited.header("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
  }

  @Test
  void everyKeyOfAClientSharesTheClientsCeiling() throws InterruptedException {
    data.execute("UPDATE clients SET api_requests_per_minute = 4 WHERE id = ?", tenant.id());
    ApiClient first =
        ApiClient.of(request, keys.make(tenant, Role.ADMIN, 100, ApiScope.CALLS_READ));
    ApiClient second =
        ApiClient.of(request, keys.make(tenant, Role.ADMIN, 100, ApiScope.CALLS_READ));
    if (LocalTime.now().getSecond() > 50) {
      Thread.sleep((61 - LocalTime.now().getSecond()) * 1000L);
    }
    List<Answer> answers =
        IntStream.range(0, 6).mapToObj(i -> (i % 2 == 0 ? first : second).get("users")).toList();

    assertEquals(
        List.of(200, 200, 200, 200, 429, 429), answers.stream().map(Answer::status).toList());
    assertEquals(
        "\"per-client\";q=4;w=60", answers.get(3).header("RateLimit-Policy").orElseThrow());
    answers.get(4).assertProblem(429);
  }

  /** A remembered answer belongs to a key of its own client, even for the schema's owner. */
  @Test
  void aRememberedAnswerCannotNameAnotherClientsKey() throws SQLException {
    keys.make(tenant, Role.ADMIN, ApiScope.CALLS_READ);
    Tenant other = Tenant.create(data, "Other Limits Co");
    try (Connection owner = OwnerDatabase.dataSource().getConnection();
        PreparedStatement insert =
            owner.prepareStatement(
                "INSERT INTO api_idempotency (client_id, api_key_id, idempotency_key, request_hash)"
                    + " SELECT ?, id, 'crossed', 'h' FROM api_keys WHERE client_id = ? LIMIT 1")) {
      insert.setObject(1, other.id());
      insert.setObject(2, tenant.id());
      SQLException refused = assertThrows(SQLException.class, insert::executeUpdate);
      assertEquals("23503", refused.getSQLState(), refused.getMessage());
    }
  }

  private String calls() {
    return data.text("SELECT count(*) FROM calls WHERE client_id = ?", tenant.id());
  }
}
