package com.propaganda.dashboard.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Hands the actor to the audit triggers (V9): transaction-local settings, like the tenant, so a
 * pooled connection carries nothing into the next transaction.
 */
public final class ActorSettings {

  private static final String SET =
      "SELECT set_config('app.actor_user', ?, true), set_config('app.actor_operator', ?, true),"
          + " set_config('app.client_ip', ?, true), set_config('app.user_agent', ?, true)";

  private ActorSettings() {}

  public static void apply(Connection connection, Actor actor) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SET)) {
      statement.setString(1, Objects.toString(actor.userId(), ""));
      statement.setString(2, Objects.toString(actor.operatorId(), ""));
      statement.setString(3, Objects.toString(actor.ip(), ""));
      statement.setString(4, Objects.toString(actor.userAgent(), ""));
      statement.execute();
    }
  }
}
