package com.propaganda.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.testsupport.ApiClient;
import com.propaganda.dashboard.testsupport.ApiClient.Answer;
import com.propaganda.dashboard.testsupport.ApiKeys;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Calls through the API over HTTP: the form's rules, problem answers, paging, other tenants. */
@ExtendWith(ArquillianExtension.class)
class ApiCallsIT {

  @EJB private TestData data;

  @Inject private ApiKeys keys;

  private Tenant tenant;
  private ApiClient api;

  @BeforeEach
  void aClientWithAKey() {
    tenant = Tenant.create(data, "Api Co");
    api = keys.clientWithEveryScope(tenant, Role.ADMIN);
  }

  /**
   * In the hour a client's clock repeats, a time is the instant its offset names: 01:30 at -05:00
   * (the second 01:30 of the night New York goes back) is 06:30 UTC, not the first 01:30.
   */
  @Test
  void aTimeInTheRepeatedHourIsStoredAtTheInstantItsOffsetNames() {
    data.execute("UPDATE clients SET time_zone = 'America/New_York' WHERE id = ?", tenant.id());
    Answer created =
        api.post(
            "calls",
            "{\"rep_id\":\""
                + tenant.rep()
                + "\",\"prospect_name\":\"Late Night\",\"type\":\"inbound\",\"status\":\"completed\","
                + "\"outcome\":\"tbd\",\"scheduled_at\":\"2026-11-01T01:30:00-05:00\","
                + "\"completed_at\":\"2026-11-01T01:40:00-05:00\"}");
    assertEquals(201, created.status(), created.toString());
    String id = created.json().getString("id");
    assertEquals(
        "2026-11-01 06:30",
        data.text(
            "SELECT to_char(scheduled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM calls"
                + " WHERE id = ?::uuid",
            id));
    assertEquals("2026-11-01T01:30:00-05:00", created.json().getString("scheduled_at"));
    assertEquals("2026-11-01T01:40:00-05:00", created.json().getString("completed_at"));

    Answer unchanged = api.patch("calls/" + id, "{\"notes\":\"still the second 01:30\"}");
    assertEquals(200, unchanged.status(), unchanged.toString());
    assertEquals("2026-11-01T01:30:00-05:00", unchanged.json().getString("scheduled_at"));
  }

  @Test
  void aKeyLogsChangesAndDeletesACallUnderTheFormsRules() {
    Answer created =
        api.post(
            "calls",
            "{\"rep_id\":\""
                + tenant.rep()
                + "\",\"prospect_name\":\" Dana Dialer \","
                + "\"type\":\"inbound\",\"status\":\"completed\",\"outcome\":\"won\","
                + "\"scheduled_at\":\"2026-03-01T14:30:00+01:00\",\"duration_seconds\":600}");
    assertEquals(201, created.status(), created.toString());
    JsonObject call = created.json();
    String id = call.getString("id");
    assertTrue(created.header("Location").orElseThrow().endsWith("/api/v1/calls/" + id));
    assertEquals("Dana Dialer", call.getString("prospect_name"));
    assertEquals("2026-03-01T13:30:00Z", call.getString("scheduled_at"), "in the client's offset");
    assertEquals(call, api.get("calls/" + id).json());

    Answer broken = api.patch("calls/" + id, "{\"status\":\"no-show\"}");
    assertEquals(422, broken.status(), broken.toString());
    assertEquals(Map.of("outcome", "Only a completed call can be won or lost"), broken.errors());
    assertEquals("completed", data.text("SELECT status FROM calls WHERE id = ?::uuid", id));

    Answer lost =
        api.patch(
            "calls/" + id,
            "{\"outcome\":\"lost\",\"loss_reason_id\":\"" + tenant.lossReason() + "\"}");
    assertEquals(200, lost.status(), lost.toString());
    assertEquals("Price", lost.json().getString("loss_reason_name"));
    assertEquals("Dana Dialer", lost.json().getString("prospect_name"), "unnamed fields stay");

    assertEquals(204, api.delete("calls/" + id).status());
    assertEquals(404, api.get("calls/" + id).status());
  }

  @Test
  void badBodiesAnswerAProblemAndSaveNothing() {
    String rep = "\"rep_id\":\"" + tenant.rep() + "\"";
    Map<String, Answer> answers =
        Map.of(
            "malformed", api.post("calls", "{\"prospect_name\":"),
            "array", api.post("calls", "[]"),
            "wrong types", api.post("calls", "{" + rep + ",\"prospect_name\":5,\"type\":\"x\"}"),
            "unknown field",
                api.post(
                    "calls",
                    "{"
                        + rep
                        + ",\"prospect_name\":\"A\",\"type\":\"inbound\","
                        + "\"status\":\"no-show\",\"stauts\":\"completed\"}"),
            "huge", api.post("calls", "{\"notes\":\"" + "x".repeat(1024 * 1024) + "\"}"),
            "rules", api.post("calls", "{" + rep + "}"));
    Map<String, Integer> statuses =
        answers.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().status()));
    assertEquals(
        Map.of(
            "malformed",
            400,
            "array",
            400,
            "wrong types",
            400,
            "unknown field",
            400,
            "huge",
            413,
            "rules",
            422),
        statuses);
    answers.values().forEach(a -> a.assertProblem(a.status()));
    assertEquals(
        Map.of("prospect_name", "Text or null", "type", "One of inbound, outbound"),
        answers.get("wrong types").errors());
    assertEquals(Map.of("stauts", "Unknown field"), answers.get("unknown field").errors());
    assertEquals("Enter the prospect's name", answers.get("rules").errors().get("prospect_name"));
    assertEquals("0", data.text("SELECT count(*) FROM calls WHERE client_id = ?", tenant.id()));
  }

  @Test
  void pagesFollowTheCursorAndCallsInsertedMeanwhileNeitherRepeatNorShift() {
    Set<String> before = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      before.add(data.call(tenant.id(), tenant.rep(), null, "Paged " + i).toString());
    }
    Answer first = api.get("calls?limit=2");
    List<String> seen = new ArrayList<>(ids(first.json()));
    data.call(tenant.id(), tenant.rep(), null, "Inserted meanwhile");
    String cursor = first.json().getString("next_cursor");
    while (true) {
      JsonObject page = api.get("calls?limit=2&cursor=" + cursor).json();
      seen.addAll(ids(page));
      if (page.get("next_cursor") == JsonValue.NULL) {
        break;
      }
      cursor = page.getString("next_cursor");
    }
    assertEquals(before, new HashSet<>(seen));
    assertEquals(5, seen.size(), "no call twice: " + seen);

    Answer bad = api.get("calls?limit=500&cursor=nonsense&color=red");
    assertEquals(400, bad.status());
    assertEquals(Set.of("limit", "cursor", "color"), bad.errors().keySet(), bad.toString());
  }

  /** A link's query string lists here too; a wrong value gets the words the list's link gets. */
  @Test
  void theListsLinksAndTheApiSpeakOneFilterLanguage() {
    assertEquals(200, api.get("calls?status=NO_SHOW&outcome=tbd").status());
    Answer wrong = api.get("calls?status=deleted&rep_id=nobody&without_loss_reason=yes");
    assertEquals(400, wrong.status());
    assertEquals(
        Map.of(
            "status", "One of completed, no-show, rescheduled",
            "rep_id", "An id (UUID)",
            "without_loss_reason", "true or false"),
        wrong.errors(),
        wrong.toString());
  }

  @Test
  void anotherClientsIdsAnswerExactlyLikeUnknownOnes() {
    Tenant other = Tenant.create(data, "Other Api Co");
    UUID foreignCall = data.call(other.id(), other.rep(), other.lossReason(), "Not yours");
    String patch = "{\"prospect_name\":\"Stolen\"}";
    for (String path :
        List.of(
            "calls/" + foreignCall,
            "calls/" + UUID.randomUUID(),
            "calls/not-an-id",
            "loss-reasons/" + other.lossReason(),
            "users/" + other.ceo())) {
      assertEquals(404, api.get(path).status(), path);
      api.get(path).assertProblem(404);
    }
    Answer unknown = api.patch("calls/" + UUID.randomUUID(), patch);
    Answer foreign = api.patch("calls/" + foreignCall, patch);
    assertEquals(unknown.response().body(), foreign.response().body());
    assertEquals(404, api.delete("calls/" + foreignCall).status());
    assertEquals("Not yours", data.prospectNameOf(foreignCall));
  }

  @Test
  void anApiRequestCarriesNoSessionAndAnswers401WithoutAKey() {
    Answer listed = api.get("calls");
    assertEquals(200, listed.status());
    assertFalse(listed.header("Set-Cookie").isPresent(), "no session for a key");
    for (ApiClient refused :
        List.of(api.withKey(null), api.withKey("pd_" + "A".repeat(43)), api.withKey("secret"))) {
      Answer answer = refused.get("calls");
      answer.assertProblem(401);
      assertEquals("Bearer realm=\"api\"", answer.header("WWW-Authenticate").orElseThrow());
      assertFalse(answer.header("Set-Cookie").isPresent());
    }
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("data").stream()
        .map(row -> row.asJsonObject().getString("id"))
        .toList();
  }
}
