package com.propaganda.dashboard.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Hands the tenant and the actor to the database in one statement: the actor for the audit triggers
 * (V9), as transaction-local settings like the tenant, so a pooled connection carries nothing into
 * the next transaction.
 */
public final class ActorSettings {

  private static final String SET =
      "SELECT set_config('app.current_tenant', ?, true), set_config('app.actor_user', ?, true),"
          + " set_config('app.actor_operator', ?, true),"
          + " set_config('app.client_ip', ?, true), set_config('app.user_agent', ?, true)";

  private ActorSettings() {}

  /**
   * @param tenant the client whose rows the transaction may see, or null for none
   */
  public static void apply(Connection connection, Object tenant, Actor actor) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SET)) {
      statement.setString(1, Objects.toString(tenant, ""));
      statement.setString(2, Objects.toString(actor.userId(), ""));
      statement.setString(3, Objects.toString(actor.operatorId(), ""));
      statement.setString(4, Objects.toString(actor.ip(), ""));
      statement.setString(5, Objects.toString(actor.userAgent(), ""));
      statement.execute();
    }
  }
}
