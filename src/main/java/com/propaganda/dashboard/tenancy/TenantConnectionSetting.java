package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.database.ConnectionSettings;
import com.propaganda.dashboard.identity.Actor;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Hands the transaction's tenant to PostgreSQL's row-level security: on every connection
 * EclipseLink acquires, sets app.current_tenant for the current transaction only. Without a bound
 * tenant it sets nothing, and the policies return no rows. In an audited call it also tells the
 * audit triggers who acts.
 */
public class TenantConnectionSetting extends SessionEventAdapter {

  @Override
  public void postAcquireConnection(SessionEvent event) {
    Object tenant =
        event.getSession().getProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT);
    Actor actor = CallerContext.actorOnThisThread();
    ConnectionSettings settings = actor == null ? new ConnectionSettings() : actor.settings();
    if (actor != null || tenant != null) {
      settings.tenant(tenant);
    }
    Connection connection = (Connection) ((Accessor) event.getResult()).getDatasourceConnection();
    try {
      settings.applyOnceTo(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not set the tenant or actor on the connection", e);
    }
  }
}
