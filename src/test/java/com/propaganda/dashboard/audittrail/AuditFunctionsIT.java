package com.propaganda.dashboard.audittrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.propaganda.dashboard.testsupport.OwnerDatabase;
import com.propaganda.dashboard.testsupport.TwoClients;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail and the SECURITY DEFINER functions as SQL injected into the application role
 * would try them: with client A bound, acting on client B.
 */
@ExtendWith(ArquillianExtension.class)
class AuditFunctionsIT extends TwoClients {

  private static final String NIL = "00000000-0000-0000-0000-000000000000";

  private static final String PINNED = "search_path=pg_catalog, public, pg_temp";

  @Resource(lookup = "jdbc/propaganda")
  private DataSource application;

  private final DataSource owner = OwnerDatabase.dataSource();

  @Test
  void theApplicationRoleMakesNoTemporaryTable() {
    SQLException refused =
        assertThrows(
            SQLException.class,
            () ->
                asApplication(null, null, "CREATE TEMP TABLE audit_logs (LIKE public.audit_logs)"));
    assertEquals("42501", refused.getSQLState());
  }

  @Test
  void aTemporaryTableNamedLikeTheLogDoesNotCatchTheTrigger() throws SQLException {
    try (Connection connection = owner.getConnection()) {
      connection.setAutoCommit(false);
      run(connection, "CREATE TEMP TABLE audit_logs (LIKE public.audit_logs) ON COMMIT DROP");
      run(
          connection,
          "CREATE TEMP TABLE audit_unsealed (LIKE public.audit_unsealed) ON COMMIT DROP");
      run(connection, "UPDATE calls SET notes = 'temp' WHERE id = '" + aCall() + "'");
      connection.commit();
    }
    assertEquals(
        "1",
        data.text(
            "SELECT count(*) FROM public.audit_logs WHERE table_name = 'calls'"
                + " AND new_values ->> 'notes' = 'temp'"));
  }

  @Test
  void everySecurityDefinerFunctionPinsItsSearchPath() {
    assertEquals(
        "",
        data.text(
            "SELECT coalesce(string_agg(p.proname, ', '), '') FROM pg_proc p"
                + " JOIN pg_namespace n ON n.oid = p.pronamespace"
                + " WHERE n.nspname = 'public' AND p.prosecdef"
                + " AND NOT coalesce(? = ANY (p.proconfig), false)",
            PINNED));
  }

  @Test
  void theRowWriterIsNotTheApplications() {
    SQLException refused =
        assertThrows(
            SQLException.class,
            () ->
                asApplication(
                    tenant.id(),
                    tenant.ceo(),
                    "SELECT record_audit('"
                        + other.id()
                        + "', NULL, NULL, 'calls', NULL, 'DELETE',"
                        + " NULL, NULL, NULL, NULL, NULL)"));
    assertEquals("42501", refused.getSQLState());
  }

  @Test
  void anAccessEventNamesAUserOfTheBoundClient() throws SQLException {
    SQLException refused =
        assertThrows(
            SQLException.class,
            () ->
                asApplication(
                    tenant.id(),
                    other.ceo(),
                    "SELECT record_access('calls', '" + NIL + "', '{}')"));
    assertEquals("42501", refused.getSQLState());

    asApplication(
        tenant.id(),
        tenant.ceo(),
        "SELECT record_access('calls', '" + NIL + "', '{\"event\":\"mine\"}')");
    assertEquals(
        tenant.id() + "|SELECT",
        data.text(
            "SELECT client_id || '|' || action FROM audit_logs WHERE user_id = ?"
                + " AND new_values ->> 'event' = 'mine'",
            tenant.ceo()));
    assertEquals("0", data.text("SELECT count(*) FROM audit_logs WHERE user_id = ?", other.ceo()));
  }

  @Test
  void aFailedSignInGoesToTheClientOfTheWorkspaceTyped() throws SQLException {
    asApplication(
        tenant.id(),
        tenant.ceo(),
        "SELECT record_failed_sign_in('"
            + other.workspace()
            + "', '{\"event\":\"sign-in failed\"}')");
    assertEquals(
        "|SELECT",
        data.text(
            "SELECT coalesce(user_id::text, '') || '|' || action FROM audit_logs"
                + " WHERE client_id = ? AND new_values ->> 'event' = 'sign-in failed'",
            other.id()));
  }

  @Test
  void aFloodFromOneAddressIsLoggedAsOneEventAMinute() throws Exception {
    String flooder = "198.51.100.20";
    int guesses = 25;
    while (LocalTime.now().getSecond() >= 55) {
      // The guesses must fall in one minute.
      Thread.sleep(500);
    }
    try (Connection connection = application.getConnection();
        PreparedStatement failed =
            connection.prepareStatement(
                "SELECT set_config('app.client_ip', ?, false),"
                    + " record_failed_sign_in('nobody', '{\"event\":\"sign-in failed\"}')")) {
      failed.setString(1, flooder);
      for (int i = 0; i < guesses; i++) {
        failed.execute();
      }
      run(connection, "RESET app.client_ip");
    }
    data.execute(
        "UPDATE sign_in_floods SET minute = minute - interval '1 minute' WHERE address = ?",
        flooder);
    asApplication(null, null, "SELECT log_sign_in_floods()");

    assertEquals(
        "20",
        data.text(
            "SELECT count(*)::text FROM audit_logs WHERE host(ip_address) = ?"
                + " AND new_values ->> 'event' = 'sign-in failed'",
            flooder));
    assertEquals(
        "25|20",
        data.text(
            "SELECT (new_values ->> 'failures') || '|' || (new_values ->> 'logged one by one')"
                + " FROM audit_logs WHERE host(ip_address) = ?"
                + " AND new_values ->> 'event' = 'sign-in flood'",
            flooder));
  }

  @Test
  void theAgencysFunctionsRefuseAClientsUser() {
    for (String sql :
        new String[] {
          "SELECT * FROM client_sizes()",
          "SELECT * FROM client_period_counts(NULL, NULL)",
          "SELECT set_client_time_zone('" + other.id() + "', 'Asia/Tokyo')"
        }) {
      SQLException refused =
          assertThrows(
              SQLException.class, () -> asApplication(tenant.id(), tenant.ceo(), sql), sql);
      assertEquals("42501", refused.getSQLState(), sql);
    }
    assertEquals("UTC", data.text("SELECT time_zone FROM clients WHERE id = ?", other.id()));
  }

  @Test
  void theSearchSeesOnlyTheBoundClient() throws SQLException {
    data.call(other.id(), other.rep(), null, "Findable Prospect");
    try (Connection connection = application.getConnection()) {
      connection.setAutoCommit(false);
      bind(connection, tenant.id(), tenant.ceo());
      try (PreparedStatement search =
              connection.prepareStatement(
                  "SELECT count(*) FROM call_search WHERE search_text LIKE '%findable%'");
          var result = search.executeQuery()) {
        result.next();
        assertEquals(0, result.getInt(1));
      }
      connection.rollback();
    }
  }

  private UUID aCall() {
    return data.call(tenant.id(), tenant.rep(), null, "Temp Prospect");
  }

  /** Runs one statement as the application role, in a transaction bound to a client and actor. */
  private void asApplication(UUID client, UUID actorUser, String sql) throws SQLException {
    try (Connection connection = application.getConnection()) {
      connection.setAutoCommit(false);
      try {
        bind(connection, client, actorUser);
        run(connection, sql);
        connection.commit();
      } finally {
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
      }
    }
  }

  private static void bind(Connection connection, UUID client, UUID actorUser) throws SQLException {
    try (PreparedStatement settings =
        connection.prepareStatement(
            "SELECT set_config('app.current_tenant', ?, true),"
                + " set_config('app.actor_user', ?, true)")) {
      settings.setString(1, client == null ? "" : client.toString());
      settings.setString(2, actorUser == null ? "" : actorUser.toString());
      settings.execute();
    }
  }

  private static void run(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.execute();
    }
  }
}
