package com.propaganda.dashboard.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What PostgreSQL is told about the transaction, in one statement: the tenant that row-level
 * security lets through, who acts (for the audit triggers), and the plan mode of plain SQL. Every
 * setting is transaction-local, so a pooled connection carries nothing into the next transaction.
 * Only the settings named here are written: a later statement of the same transaction keeps the
 * others.
 */
public final class ConnectionSettings {

  private final Map<String, String> values = new LinkedHashMap<>();

  /**
   * The client whose rows the transaction may see; null sets "none", so the policies return
   * nothing.
   */
  public ConnectionSettings tenant(Object clientId) {
    values.put("app.current_tenant", Objects.toString(clientId, ""));
    return this;
  }

  /**
   * Who acts, as the audit triggers record it: a user (through an API key of theirs, if not null)
   * or an operator, in which request; a null part is recorded as unknown.
   */
  public ConnectionSettings actor(
      UUID user, UUID apiKey, UUID operator, String ip, String userAgent, String requestId) {
    values.put("app.actor_user", Objects.toString(user, ""));
    values.put("app.actor_api_key", Objects.toString(apiKey, ""));
    values.put("app.actor_operator", Objects.toString(operator, ""));
    values.put("app.client_ip", Objects.toString(ip, ""));
    values.put("app.user_agent", Objects.toString(userAgent, ""));
    values.put("app.request_id", Objects.toString(requestId, ""));
    return this;
  }

  /**
   * A plan made for each statement's own values: after five runs the driver prepares statements on
   * the server, and PostgreSQL's generic plan for a day range read every client's rollup rows,
   * twice the time of the plan made for the actual days.
   */
  public ConnectionSettings customPlans() {
    values.put("plan_cache_mode", "force_custom_plan");
    return this;
  }

  /**
   * Sends only what the connection's JTA transaction has not been told yet (see {@link
   * TransactionSettings}); a connection outside one (auto-commit, or a pool that takes no part in
   * JTA) gets every value.
   */
  public void applyOnceTo(Connection connection) throws SQLException {
    Map<String, String> sent = connection.getAutoCommit() ? null : TransactionSettings.sent();
    if (sent == null) {
      applyTo(connection);
      return;
    }
    ConnectionSettings missing = notYetIn(sent);
    missing.applyTo(connection);
    sent.putAll(missing.values);
  }

  /** The values that are not in {@code sent}, or differ from what it holds. */
  ConnectionSettings notYetIn(Map<String, String> sent) {
    ConnectionSettings missing = new ConnectionSettings();
    values.forEach(
        (name, value) -> {
          if (!value.equals(sent.get(name))) {
            missing.values.put(name, value);
          }
        });
    return missing;
  }

  Map<String, String> values() {
    return Map.copyOf(values);
  }

  /** Sends every value, whatever the connection was told before. */
  public void applyTo(Connection connection) throws SQLException {
    if (values.isEmpty()) {
      return;
    }
    List<String> calls = new ArrayList<>();
    values.keySet().forEach(name -> calls.add("set_config('" + name + "', ?, true)"));
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT " + String.join(", ", calls))) {
      int index = 1;
      for (String value : values.values()) {
        statement.setString(index++, value);
      }
      statement.execute();
    }
  }
}
