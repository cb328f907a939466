package com.propaganda.dashboard.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

  private static final UUID CLIENT = UUID.fromString("0b000000-0000-4000-8000-000000000001");
  private static final UUID USER = UUID.fromString("0b000000-0000-4000-8000-000000000002");

  private static ConnectionSettings actorOf(UUID user) {
    return new ConnectionSettings().actor(user, null, null, "127.0.0.1", "test", "r1");
  }

  @Test
  void whatTheTransactionWasToldIsNotSentAgain() {
    Map<String, String> sent = new HashMap<>(actorOf(USER).tenant(CLIENT).values());

    assertEquals(Map.of(), actorOf(USER).tenant(CLIENT).notYetIn(sent).values());
    assertEquals(
        Map.of("plan_cache_mode", "force_custom_plan"),
        new ConnectionSettings().tenant(CLIENT).customPlans().notYetIn(sent).values());
  }

  @Test
  void aChangedValueIsSentAgain() {
    Map<String, String> sent = new HashMap<>(new ConnectionSettings().tenant(CLIENT).values());

    assertEquals(
        Map.of("app.current_tenant", ""),
        new ConnectionSettings().tenant(null).notYetIn(sent).values());
    assertEquals(
        Map.of("app.current_tenant", USER.toString()),
        new ConnectionSettings().tenant(USER).notYetIn(sent).values());
  }

  @Test
  void nothingSentMeansEverythingIsSent() {
    ConnectionSettings settings = actorOf(USER).tenant(CLIENT);

    assertEquals(settings.values(), settings.notYetIn(Map.of()).values());
  }
}
