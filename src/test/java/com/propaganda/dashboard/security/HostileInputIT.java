package com.propaganda.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.platform.Timestamps;
import com.propaganda.dashboard.testsupport.ApiClient;
import com.propaganda.dashboard.testsupport.ApiClient.Answer;
import com.propaganda.dashboard.testsupport.ApiKeys;
import com.propaganda.dashboard.testsupport.FormSignIn;
import com.propaganda.dashboard.testsupport.RawHttp;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Input an attacker would send, through the sign-in form and the API: each answers 4xx naming what
 * is wrong, never a 500, and nothing is saved.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

  @EJB private TestData data;

  @Inject private ApiKeys keys;

  @Inject private HttpServletRequest request;

  private Tenant tenant;

  private ApiClient api;

  @BeforeEach
  void aClient() {
    tenant = Tenant.create(data, "Hostile Co");
    api = keys.clientWithEveryScope(tenant, Role.ADMIN);
  }

  @Test
  void aNulInTheSignInFormIsRefusedNextToItsField() throws Exception {
    String base = "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/";
    for (String[] typed :
        new String[][] {
          {tenant.workspace() + "\u0000", "ceo@tenant.example"},
          {tenant.workspace(), "ceo@tenant.example\u0000"}
        }) {
      HttpResponse<String> answer =
          FormSignIn.signIn(base, typed[0], typed[1], Tenant.PASSWORD).landing();
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(answer.body().contains(Text.CONTROL_CHARACTER), answer.body());
      assertTrue(answer.uri().getPath().endsWith("/login.xhtml"), answer.uri().toString());
    }
  }

  @Test
  void aNulInAnApiFieldIsRefusedByName() {
    Answer answer = api.post("calls", call("\"prospect_name\":\"Ann\\u0000\""));
    answer.assertProblem(400);
    assertEquals(Text.CONTROL_CHARACTER, answer.errors().get("prospect_name"));
    Answer notes = api.post("calls", call("\"prospect_name\":\"Ann\",\"notes\":\"a\\u0007b\""));
    notes.assertProblem(400);
    assertEquals(Text.CONTROL_CHARACTER, notes.errors().get("notes"));
    assertEquals(0, api.get("calls").json().getJsonArray("data").size());
  }

  @Test
  void jsonNestedTenThousandDeepIsRefused() {
    Answer answer = api.post("calls", "[".repeat(10_000) + "]".repeat(10_000));
    answer.assertProblem(400);
    assertTrue(answer.json().getString("detail").contains("32 levels"), answer.toString());
  }

  @Test
  void timesFarOutOfRangeAreRefusedByName() {
    for (String time : new String[] {"+300000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z"}) {
      Answer answer =
          api.post("calls", call("\"prospect_name\":\"Ann\",\"scheduled_at\":\"" + time + "\""));
      answer.assertProblem(400);
      assertEquals(Timestamps.OUT_OF_RANGE, answer.errors().get("scheduled_at"));
    }
  }

  @Test
  void cursorsOutOfRangeOrWithAShortenedIdAreRefused() {
    for (String plain :
        new String[] {
          "1|+300000-01-01T00:00:00Z|" + UUID.randomUUID(),
          "1|2026-01-01T00:00:00Z|1-2-3-4-5",
          "1|2026-01-01T00:00:00Z|" + UUID.randomUUID().toString().substring(0, 30),
          "1|2026-01-01T00:00:00Z|" + UUID.randomUUID() + "x".repeat(12_000)
        }) {
      String cursor =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
      Answer answer = api.get("calls?cursor=" + cursor);
      answer.assertProblem(400);
      assertEquals("A next_cursor this list answered", answer.errors().get("cursor"));
    }
  }

  /**
   * The mechanism is chosen on the normalised path: a dot-segment spelling of the API is an API
   * request (the key mechanism answers, in problem+json), never a page for the session mechanism.
   */
  @Test
  void aDotSegmentSpellingOfTheApiIsAnsweredByTheApi() throws Exception {
    String answer = RawHttp.to(request).get(request.getContextPath() + "/app/../api/v1/calls", "");
    assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
    assertTrue(answer.contains("application/problem+json"), answer);
    assertTrue(answer.contains("Send an API key"), answer);
  }

  private String call(String fields) {
    return "{\"rep_id\":\""
        + tenant.rep()
        + "\",\"type\":\"inbound\",\"status\":\"no-show\","
        + fields
        + "}";
  }
}
