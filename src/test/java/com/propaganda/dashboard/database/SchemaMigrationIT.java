package com.propaganda.dashboard.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.testsupport.OwnerDatabase;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The database the test setup created empty, as Flyway left it at start-up. */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

  private static final List<String> SEED_INDEXES =
      List.of(
          "idx_clients_email",
          "idx_clients_active",
          "idx_users_client_id",
          "idx_users_email",
          "idx_users_role",
          "idx_users_active",
          "idx_loss_reasons_client_id",
          "idx_loss_reasons_active",
          "idx_calls_client_id",
          "idx_calls_user_id",
          "idx_calls_status",
          "idx_calls_outcome",
          "idx_calls_created_at",
          "idx_calls_completed_at",
          "idx_audit_logs_client_id",
          "idx_audit_logs_user_id",
          "idx_audit_logs_table_name",
          "idx_audit_logs_created_at");

  private final DataSource owner = OwnerDatabase.dataSource();

  @Resource(lookup = "jdbc/propaganda")
  private DataSource application;

  @Test
  void noOwnerConnectionStaysOpenAfterTheMigration() throws SQLException {
    assertEquals(
        List.of("0"),
        strings(
            owner,
            "SELECT count(*)::text FROM pg_stat_activity WHERE application_name = '"
                + SchemaMigration.APPLICATION_NAME
                + "'"));
  }

  @Test
  void everyMigrationIsAppliedSuccessfully() throws SQLException {
    List<String> versions =
        strings(
            owner,
            "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                + " ORDER BY installed_rank");
    assertTrue(versions.containsAll(List.of("1", "2", "3", "4")), "applied: " + versions);
    assertEquals(
        List.of("0"),
        strings(owner, "SELECT count(*)::text FROM flyway_schema_history WHERE NOT success"));
  }

  @Test
  void theSeedSchemasTablesAndIndexesExist() throws SQLException {
    List<String> tables =
        strings(
            owner,
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'");
    assertTrue(
        tables.containsAll(List.of("audit_logs", "calls", "clients", "loss_reasons", "users")),
        "tables: " + tables);
    List<String> indexes =
        strings(owner, "SELECT indexname::text FROM pg_indexes WHERE schemaname = 'public'");
    assertTrue(indexes.containsAll(SEED_INDEXES), "missing: " + missing(indexes));
  }

  @Test
  void timestampsAreStoredWithTimeZone() throws SQLException {
    assertEquals(
        List.of(),
        strings(
            owner,
            "SELECT table_name || '.' || column_name FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND column_name LIKE '%\\_at'"
                + " AND data_type <> 'timestamp with time zone'"));
  }

  @Test
  void theSchemasCheckConstraintsRejectUnknownValues() {
    SQLException rejected =
        assertThrows(
            SQLException.class,
            () ->
                execute(
                    owner,
                    "INSERT INTO clients (name, email, workspace) VALUES ('x', 'x@x.example',"
                        + " 'Not A Workspace')"));
    assertEquals("23514", rejected.getSQLState());
  }

  @Test
  void theApplicationRoleIsNeitherSuperuserNorOwner() throws SQLException {
    assertEquals(
        List.of("false false"),
        strings(
            application,
            "SELECT rolsuper || ' ' || rolbypassrls FROM pg_roles WHERE rolname = current_user"));
    assertEquals(
        List.of("0"),
        strings(
            application,
            "SELECT count(*)::text FROM pg_tables WHERE schemaname = 'public'"
                + " AND tableowner = current_user"));
    assertThrows(SQLException.class, () -> execute(application, "CREATE TABLE intruder (id int)"));
  }

  @Test
  void theApplicationRoleCannotRewriteTheAuditLog() {
    SQLException denied =
        assertThrows(SQLException.class, () -> execute(application, "DELETE FROM audit_logs"));
    assertEquals("42501", denied.getSQLState());
  }

  private List<String> missing(List<String> indexes) {
    List<String> missing = new ArrayList<>(SEED_INDEXES);
    missing.removeAll(indexes);
    return missing;
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> strings(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (result.next()) {
        values.add(result.getString(1));
      }
      return values;
    }
  }
}
