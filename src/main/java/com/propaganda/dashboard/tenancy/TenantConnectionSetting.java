package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.audit.Actor;
import com.propaganda.dashboard.audit.ActorContext;
import com.propaganda.dashboard.audit.ActorSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Hands the transaction's tenant to PostgreSQL's row-level security: on every connection
 * EclipseLink acquires, sets app.current_tenant for the current transaction only. Without a bound
 * tenant it sets nothing, and the policies return no rows. In an audited call it also tells the
 * audit triggers who acts (ActorSettings).
 */
public class TenantConnectionSetting extends SessionEventAdapter {

  static final String SET_TENANT = "SELECT set_config('app.current_tenant', ?, true)";

  @Override
  public void postAcquireConnection(SessionEvent event) {
    Object tenant =
        event.getSession().getProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT);
    Actor actor = ActorContext.current();
    Connection connection = (Connection) ((Accessor) event.getResult()).getDatasourceConnection();
    try {
      if (actor != null) {
        ActorSettings.apply(connection, tenant, actor);
      } else if (tenant != null) {
        set(connection, tenant.toString());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not set the tenant or actor on the connection", e);
    }
  }

  /** Sets the tenant for the rest of the connection's current transaction. */
  public static void set(Connection connection, String tenant) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
      statement.setString(1, tenant);
      statement.execute();
    }
  }
}
