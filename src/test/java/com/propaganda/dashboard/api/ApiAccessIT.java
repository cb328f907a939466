package com.propaganda.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.apikeys.ApiScope;
import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.testsupport.ApiClient;
import com.propaganda.dashboard.testsupport.ApiClient.Answer;
import com.propaganda.dashboard.testsupport.ApiKeys;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who a key acts as: the role matrix over the API (every endpoint, every scope, both owner roles),
 * a key that stops working with its owner or client, the audit log naming the key, and the throttle
 * on refused keys.
 */
@ExtendWith(ArquillianExtension.class)
class ApiAccessIT {

  /** Each endpoint, and the scopes of which a key needs one. */
  private record Endpoint(String name, Set<ApiScope> opens, Function<Fixture, Answer> send) {}

  /** What the endpoints act on, made again for every cell so each write can succeed. */
  private record Fixture(ApiClient api, Tenant tenant, UUID call) {}

  private static final Set<ApiScope> READ_REASONS =
      Set.of(ApiScope.CALLS_READ, ApiScope.LOSS_REASONS_WRITE);

  private static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint("GET calls", Set.of(ApiScope.CALLS_READ), f -> f.api().get("calls")),
          new Endpoint(
              "GET calls/{id}", Set.of(ApiScope.CALLS_READ), f -> f.api().get("calls/" + f.call())),
          new Endpoint(
              "POST calls",
              Set.of(ApiScope.CALLS_WRITE),
              f ->
                  f.api()
                      .post(
                          "calls",
                          "{\"rep_id\":\""
                              + f.tenant().rep()
                              + "\",\"prospect_name\":\"New\","
                              + "\"type\":\"inbound\",\"status\":\"no-show\"}")),
          new Endpoint(
              "PATCH calls/{id}",
              Set.of(ApiScope.CALLS_WRITE),
              f -> f.api().patch("calls/" + f.call(), "{\"notes\":\"Changed\"}")),
          new Endpoint(
              "DELETE calls/{id}",
              Set.of(ApiScope.CALLS_WRITE),
              f -> f.api().delete("calls/" + f.call())),
          new Endpoint("GET loss-reasons", READ_REASONS, f -> f.api().get("loss-reasons")),
          new Endpoint(
              "GET loss-reasons/{id}",
              READ_REASONS,
              f -> f.api().get("loss-reasons/" + f.tenant().lossReason())),
          new Endpoint(
              "POST loss-reasons",
              Set.of(ApiScope.LOSS_REASONS_WRITE),
              f -> f.api().post("loss-reasons", "{\"name\":\"Reason " + UUID.randomUUID() + "\"}")),
          new Endpoint(
              "PATCH loss-reasons/{id}",
              Set.of(ApiScope.LOSS_REASONS_WRITE),
              f -> f.api().patch("loss-reasons/" + f.tenant().lossReason(), "{\"active\":false}")),
          new Endpoint("GET users", Set.of(ApiScope.CALLS_READ), f -> f.api().get("users")),
          new Endpoint(
              "GET users/{id}",
              Set.of(ApiScope.CALLS_READ),
              f -> f.api().get("users/" + f.tenant().rep())),
          new Endpoint(
              "GET reports/summary",
              Set.of(ApiScope.REPORTS_READ),
              f -> f.api().get("reports/summary?period=all-time")),
          new Endpoint(
              "GET audit-logs", Set.of(ApiScope.AUDIT_READ), f -> f.api().get("audit-logs")));

  @EJB private TestData data;

  @Inject private ApiKeys keys;

  @Inject private HttpServletRequest request;

  private Tenant tenant;

  @BeforeEach
  void aClient() {
    tenant = Tenant.create(data, "Access Co");
  }

  @Test
  void everyEndpointOpensToItsScopesWithinTheOwnersRole() {
    Map<String, String> wrong = new TreeMap<>();
    int cells = 0;
    for (Role owner : List.of(Role.CEO, Role.ADMIN)) {
      for (ApiScope scope : ApiScope.values()) {
        if (!scope.allows(owner)) {
          assertThrows(InvalidInputException.class, () -> keys.make(tenant, owner, scope));
          continue;
        }
        ApiClient api = ApiClient.of(request, keys.make(tenant, owner, scope));
        for (Endpoint endpoint : ENDPOINTS) {
          UUID call = data.call(tenant.id(), tenant.rep(), tenant.lossReason(), "Matrix call");
          Answer answer = endpoint.send().apply(new Fixture(api, tenant, call));
          boolean expected = endpoint.opens().contains(scope);
          boolean allowed = answer.status() < 300;
          if (allowed != expected || (!allowed && answer.status() != 403)) {
            wrong.put(owner + " " + scope.code() + " " + endpoint.name(), answer.toString());
          }
          cells++;
        }
      }
    }
    assertEquals(Map.of(), wrong);
    assertTrue(cells >= 9 * ENDPOINTS.size(), "cells: " + cells);
    System.out.println("API role matrix: " + cells + " cells (owner role x scope x endpoint)");
  }

  @Test
  void aKeyStopsWorkingWhenItsOwnerOrClientMayNoLonger() {
    Map<String, Runnable> changes =
        Map.of(
            "revoked",
            () ->
                data.execute(
                    "UPDATE api_keys SET revoked_at = now() WHERE client_id = ?", tenant.id()),
            "expired",
            () ->
                data.execute(
                    "UPDATE api_keys SET expires_at = now() - interval '1 second'"
                        + " WHERE client_id = ?",
                    tenant.id()),
            "owner deactivated",
            () -> data.execute("UPDATE users SET is_active = false WHERE id = ?", tenant.admin()),
            "owner now sales",
            () -> data.execute("UPDATE users SET role = 'sales' WHERE id = ?", tenant.admin()),
            "client deactivated",
            () -> data.execute("UPDATE clients SET is_active = false WHERE id = ?", tenant.id()));
    changes.forEach(
        (change, apply) -> {
          Tenant fresh = Tenant.create(data, "Stops Co");
          tenant = fresh;
          ApiClient api = keys.clientWithEveryScope(fresh, Role.ADMIN);
          assertEquals(200, api.get("calls").status(), change);
          apply.run();
          api.get("calls").assertProblem(401);
        });
  }

  @Test
  void aDemotedCeosKeyLosesWhatOnlyACeoMayDo() {
    ApiClient api = keys.clientWithEveryScope(tenant, Role.CEO);
    assertEquals(200, api.get("audit-logs").status());
    data.execute("UPDATE users SET role = 'admin' WHERE id = ?", tenant.ceo());
    api.get("audit-logs").assertProblem(403);
    assertEquals(200, api.get("calls").status());
  }

  @Test
  void theAuditLogNamesTheKeyItsOwnerAndWhereTheRequestCameFrom() {
    ApiClient api = keys.clientWithEveryScope(tenant, Role.CEO);
    String key = data.text("SELECT id FROM api_keys WHERE client_id = ?", tenant.id());
    String id =
        api.post(
                "calls",
                "{\"rep_id\":\""
                    + tenant.rep()
                    + "\",\"prospect_name\":\"Audited\","
                    + "\"type\":\"inbound\",\"status\":\"no-show\"}")
            .json()
            .getString("id");
    assertEquals(
        tenant.ceo() + "|" + key + "|127.0.0.1|ApiClient test",
        data.text(
            "SELECT user_id || '|' || api_key_id || '|' || host(ip_address) || '|' || user_agent"
                + " FROM audit_logs WHERE record_id = ?::uuid AND action = 'INSERT'",
            id));
    String actor =
        api.get("audit-logs?action=INSERT&table=calls")
            .json()
            .getJsonArray("data")
            .getJsonObject(0)
            .getString("actor");
    assertTrue(actor.contains("(API key pd_"), actor);
  }

  @Test
  void refusedKeysAreThrottledLikeFailedSignIns() {
    ApiClient guesser =
        ApiClient.of(
            request, "pd_" + UUID.randomUUID().toString().replace("-", "") + "0123456789a");
    List<Integer> statuses =
        java.util.stream.IntStream.range(0, 6)
            .mapToObj(i -> guesser.get("calls").status())
            .toList();
    assertEquals(401, statuses.get(0));
    assertEquals(429, statuses.get(5), statuses.toString());
    Answer throttled = guesser.get("calls");
    throttled.assertProblem(429);
    assertTrue(throttled.header("Retry-After").isPresent());
  }
}
