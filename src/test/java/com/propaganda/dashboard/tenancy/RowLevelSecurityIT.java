package com.propaganda.dashboard.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.database.ConnectionSettings;
import com.propaganda.dashboard.database.DatabaseException;
import com.propaganda.dashboard.database.Sql;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PostgreSQL's own tenant wall, tested as the application role over plain JDBC. */
@ExtendWith(ArquillianExtension.class)
class RowLevelSecurityIT {

  /** The demo data's operator (db/demo/R__demo_data.sql). */
  private static final UUID DEMO_OPERATOR = UUID.fromString("0d000000-0000-4000-8000-0000000000f1");

  @Resource(lookup = "jdbc/propaganda")
  private DataSource application;

  /** The reports pool: the replica in a cluster, the primary here (README, "Scaling out"). */
  @Resource(lookup = "jdbc/propaganda-reports")
  private DataSource reports;

  @Resource private UserTransaction transaction;

  @EJB private TestData data;

  private Tenant tenant;
  private Tenant other;

  @BeforeEach
  void twoClientsWithCalls() {
    tenant = Tenant.create(data, "Walled Co");
    other = Tenant.create(data, "Neighbour Co");
    data.call(tenant.id(), tenant.rep(), tenant.lossReason(), "Ours");
    data.call(other.id(), other.rep(), other.lossReason(), "Theirs");
  }

  @Test
  void withoutATenantEveryTenantTableLooksEmpty() throws SQLException {
    // Every table and view with a client_id, so one added later joins the test.
    List<String> tenantTables =
        data.texts(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public'"
                + " AND column_name = 'client_id' ORDER BY 1");
    assertTrue(tenantTables.size() >= 9, "tenant tables: " + tenantTables);
    try (Connection connection = application.getConnection()) {
      for (String table : tenantTables) {
        assertEquals(0, count(connection, "SELECT count(*) FROM " + table), table);
      }
    }
  }

  @Test
  void aTenantSeesOnlyItsOwnRows() throws SQLException {
    try (Connection connection = application.getConnection()) {
      connection.setAutoCommit(false);
      new ConnectionSettings().tenant(tenant.id()).applyTo(connection);
      assertEquals(1, count(connection, "SELECT count(*) FROM calls"));
      assertEquals(4, count(connection, "SELECT count(*) FROM users"));
      assertEquals(
          0,
          count(connection, "SELECT count(*) FROM calls WHERE client_id = '" + other.id() + "'"));
      connection.rollback();
    }
  }

  @Test
  void theSettingEndsWithItsTransactionOnAReusedConnection() throws SQLException {
    try (Connection connection = application.getConnection()) {
      connection.setAutoCommit(false);
      new ConnectionSettings().tenant(tenant.id()).applyTo(connection);
      assertEquals(1, count(connection, "SELECT count(*) FROM calls"));
      connection.commit();
      assertEquals(0, count(connection, "SELECT count(*) FROM calls"));
      connection.commit();
    }
  }

  @Test
  void aTenantCannotWriteAnotherTenantsRows() throws SQLException {
    try (Connection connection = application.getConnection()) {
      connection.setAutoCommit(false);
      new ConnectionSettings().tenant(tenant.id()).applyTo(connection);
      SQLException refused =
          assertThrows(
              SQLException.class,
              () ->
                  update(
                      connection,
                      "INSERT INTO loss_reasons (client_id, name) VALUES ('"
                          + other.id()
                          + "', 'Sneaky')"));
      assertEquals("42501", refused.getSQLState());
      connection.rollback();
      new ConnectionSettings().tenant(tenant.id()).applyTo(connection);
      assertEquals(
          0,
          update(
              connection, "UPDATE calls SET notes = 'x' WHERE client_id = '" + other.id() + "'"));
      assertEquals(
          0, update(connection, "DELETE FROM users WHERE client_id = '" + other.id() + "'"));
      connection.rollback();
    }
  }

  @Test
  void theApplicationRoleCannotSwitchOffTheWall() throws SQLException {
    try (Connection connection = application.getConnection()) {
      assertThrows(
          SQLException.class,
          () -> update(connection, "ALTER TABLE calls DISABLE ROW LEVEL SECURITY"));
      update(connection, "SET row_security = off");
      try {
        SQLException refused =
            assertThrows(SQLException.class, () -> count(connection, "SELECT count(*) FROM calls"));
        assertEquals("42501", refused.getSQLState());
      } finally {
        update(connection, "RESET row_security");
      }
    }
  }

  @Test
  void operatorsReadCountsOnlyThroughTheNarrowFunction() throws SQLException {
    try (Connection connection = application.getConnection()) {
      connection.setAutoCommit(false);
      new ConnectionSettings()
          .actor(null, null, DEMO_OPERATOR, null, null, null)
          .applyTo(connection);
      assertEquals(
          1,
          count(
              connection,
              "SELECT calls FROM client_sizes() WHERE client_id = '" + tenant.id() + "'"));
      assertTrue(count(connection, "SELECT count(*) FROM client_sizes()") >= 2);
      connection.rollback();
    }
  }

  @Test
  void theSearchViewFindsOnlyTheCurrentTenantsCalls() throws SQLException {
    String both = "SELECT count(*) FROM call_search WHERE search_text LIKE '%' || ? || '%'";
    try (Connection connection = application.getConnection()) {
      connection.setAutoCommit(false);
      assertEquals(0, count(connection, both.replace("?", "'o'")));
      new ConnectionSettings().tenant(tenant.id()).applyTo(connection);
      assertEquals(1, count(connection, both.replace("?", "'ours'")));
      assertEquals(0, count(connection, both.replace("?", "'theirs'")));
      connection.rollback();
    }
  }

  @Test
  void aReportSeesOnlyItsClientAndCannotWrite() {
    ConnectionSettings settings = new ConnectionSettings().tenant(tenant.id());
    assertEquals(List.of(1L), countReported(reports, settings, "SELECT count(*) FROM calls"));
    assertEquals(
        List.of(0L),
        countReported(
            reports,
            settings,
            "SELECT count(*) FROM calls WHERE client_id = '" + other.id() + "'"));
    DatabaseException refused =
        assertThrows(
            DatabaseException.class,
            () ->
                countReported(
                    reports,
                    settings,
                    "WITH c AS (DELETE FROM calls RETURNING 1) SELECT count(*) FROM c"));
    assertTrue(
        refused.getCause().getMessage().contains("read-only transaction"),
        refused.getCause().getMessage());
  }

  /** A report falls back to the primary inside the service's transaction, which holds it. */
  @Test
  void aReportFallingBackToThePrimaryReadsInTheCallersTransaction() throws Exception {
    transaction.begin();
    try {
      assertEquals(
          List.of(1L),
          countReported(
              application,
              new ConnectionSettings().tenant(tenant.id()),
              "SELECT count(*) FROM calls"));
    } finally {
      transaction.rollback();
    }
  }

  private static List<Long> countReported(
      DataSource source, ConnectionSettings settings, String sql) {
    return Sql.inReadOnlyTransaction(
        source,
        settings,
        "A report",
        connection -> Sql.rows(connection, sql, List.of(), row -> row.getLong(1)));
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  private static int update(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      return statement.executeUpdate();
    }
  }
}
