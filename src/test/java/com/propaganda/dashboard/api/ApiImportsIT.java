package com.propaganda.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.apikeys.ApiScope;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.testsupport.ApiClient;
import com.propaganda.dashboard.testsupport.ApiClient.Answer;
import com.propaganda.dashboard.testsupport.ApiKeys;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /api/v1/imports: the Import page's pipeline for a file in the body, over HTTP. */
@ExtendWith(ArquillianExtension.class)
class ApiImportsIT {

  private static final String FILE =
      "External id,Prospect,Type,Status,Outcome,Rep email,Scheduled\n"
          + "X-1,Harbor,outbound,completed,won,rep@tenant.example,31/03/2026 14:30\n"
          + "X-2,Crestview,inbound,no-show,,other.rep@tenant.example,01/04/2026 09:00\n";

  @EJB private TestData data;

  @Inject private ApiKeys keys;

  @Inject private HttpServletRequest request;

  private Tenant tenant;
  private ApiClient api;

  @BeforeEach
  void aClientWithAKey() {
    tenant = Tenant.create(data, "Api Import Co");
    api = ApiClient.of(request, keys.make(tenant, Role.ADMIN, ApiScope.CALLS_WRITE));
  }

  @Test
  void aDryRunSaysWhatWouldHappenAndWritesNothing() {
    Answer answer =
        api.postFile("imports?dry_run=true&date_order=day-first", "text/csv", bytes(FILE));

    assertEquals(200, answer.status(), answer.toString());
    assertEquals(2, answer.json().getInt("creates"));
    assertEquals(0, answer.json().getInt("error_rows"));
    assertEquals("0", calls());
  }

  @Test
  void anImportRunsInTheBackgroundAndItsStateIsReadAtItsAddress() throws Exception {
    Answer started =
        api.postFile("imports?date_order=day-first&file_name=dialer.csv", "text/csv", bytes(FILE));

    assertEquals(202, started.status(), started.toString());
    String location = started.header("Location").orElseThrow();
    JsonObject ended = awaitEnd(location.substring(location.indexOf("imports/")));
    assertEquals("committed", ended.getString("state"));
    assertEquals("dialer.csv", ended.getString("file_name"));
    assertEquals(2, ended.getInt("created"));
    assertEquals("2", calls());
    assertTrue(
        data.text(
                "SELECT count(*) FROM audit_logs WHERE client_id = ? AND table_name = 'calls'"
                    + " AND api_key_id IS NOT NULL",
                tenant.id())
            .equals("2"));
  }

  /** The option adds to the loss reason catalogue: it needs that scope, not calls:write alone. */
  @Test
  void addingLossReasonsNeedsTheLossReasonsScope() {
    api.postFile("imports?date_order=day-first&create_loss_reasons=true", "text/csv", bytes(FILE))
        .assertProblem(403);
    assertEquals("0", calls());

    ApiClient both =
        api.withKey(
            keys.make(tenant, Role.ADMIN, ApiScope.CALLS_WRITE, ApiScope.LOSS_REASONS_WRITE));
    Answer started =
        both.postFile(
            "imports?date_order=day-first&create_loss_reasons=true", "text/csv", bytes(FILE));
    assertEquals(202, started.status(), started.toString());
  }

  /** An Idempotency-Key stands for one request: a dry run's key never answers the import. */
  @Test
  void aDryRunsIdempotencyKeyIsNotReplayedForTheImport() {
    String key = UUID.randomUUID().toString();
    Answer dryRun =
        api.postFile("imports?dry_run=true&date_order=day-first", "text/csv", bytes(FILE), key);
    assertEquals(200, dryRun.status(), dryRun.toString());

    Answer sameKey = api.postFile("imports?date_order=day-first", "text/csv", bytes(FILE), key);

    sameKey.assertProblem(422);
    assertFalse(sameKey.header("Idempotent-Replayed").isPresent());
    Answer ownKey =
        api.postFile(
            "imports?date_order=day-first", "text/csv", bytes(FILE), UUID.randomUUID().toString());
    assertEquals(202, ownKey.status(), ownKey.toString());
  }

  @Test
  void rowsThatBreakARuleAreListedAndNothingIsImported() {
    Answer refused = api.postFile("imports", "text/csv", bytes(FILE));

    refused.assertProblem(422);
    assertEquals(2, refused.json().getInt("error_rows"));
    assertEquals(
        "Write a date like 2026-03-31 14:30 (ISO 8601)",
        refused.json().getJsonArray("row_errors").getJsonObject(0).getString("message"));
    assertEquals("0", calls());
  }

  @Test
  void aBinaryFileAndAWrongOptionAreProblems() {
    api.postFile("imports", "application/octet-stream", new byte[] {1, 0, 2, 0}).assertProblem(422);
    Answer wrong = api.postFile("imports?dry_run=maybe", "text/csv", bytes(FILE));
    wrong.assertProblem(400);
    assertEquals("true or false", wrong.errors().get("dry_run"));
  }

  @Test
  void aKeyWithoutCallsWriteCannotImport() {
    ApiClient reader = api.withKey(keys.make(tenant, Role.ADMIN, ApiScope.CALLS_READ));
    reader.postFile("imports?dry_run=true", "text/csv", bytes(FILE)).assertProblem(403);
  }

  private JsonObject awaitEnd(String path) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(until)) {
      JsonObject state = api.get(path).json();
      if (!"running".equals(state.getString("state"))) {
        return state;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("The import did not end within 30 s");
  }

  private String calls() {
    return data.text("SELECT count(*) FROM calls WHERE client_id = ?", tenant.id());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
