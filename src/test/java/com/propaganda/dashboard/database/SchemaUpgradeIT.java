package com.propaganda.dashboard.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.platform.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database of the last release (every versioned migration up to V10, no repeatable one) with data
 * in it migrates to the current layout: every row stays, and its functions, views, triggers,
 * policies and grants end up exactly as in a database migrated fresh. Runs outside the server, on
 * two databases that src/scripts/test.sh creates ({@code <DB_NAME>_upgrade}, {@code _fresh}).
 */
class SchemaUpgradeIT {

  private static final int LAST_RELEASE = 10;
  private static final Pattern VERSION = Pattern.compile("^V(\\d+)__.*\\.sql$");

  /** Every SQL object a migration defines, with what it does and who may use it. */
  private static final String SCHEMA_OBJECTS =
      """
      SELECT 'function ' || p.proname, pg_get_functiondef(p.oid) || coalesce(p.proacl::text, '')
      FROM pg_proc p
      WHERE p.pronamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
      UNION ALL SELECT 'view ' || viewname, definition FROM pg_views WHERE schemaname = 'public'
      UNION ALL SELECT 'trigger ' || tgname || ' on ' || tgrelid::regclass, pg_get_triggerdef(oid)
      FROM pg_trigger WHERE NOT tgisinternal
      UNION ALL SELECT 'policy ' || policyname || ' on ' || tablename,
                       cmd || roles::text || coalesce(qual, '') || coalesce(with_check, '')
      FROM pg_policies WHERE schemaname = 'public'
      UNION ALL SELECT 'relation ' || relname,
                       relkind || relrowsecurity || relforcerowsecurity || coalesce(relacl::text, '')
      FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'v')
      """;

  @Test
  void aDatabaseOfTheLastReleaseKeepsEveryRowAndEndsLikeAFreshOne()
      throws IOException, SQLException {
    String upgraded = database("_upgrade");
    migrate(upgraded, lastReleaseMigrations());
    // The demo clients, with their rollups folded and their audit rows sealed, as in production.
    execute(upgraded, Files.readString(Path.of("db/demo/R__demo_data.sql")));
    execute(upgraded, "SELECT fold_call_count_deltas(); SELECT seal_audit_logs(1000000)");
    Map<String, String> columns = columnsOfEveryTable(upgraded);
    Map<String, String> rowsBefore = rowsOfEveryTable(upgraded, columns);
    assertTrue(rowsBefore.size() >= 12, "tables: " + rowsBefore.keySet());

    migrate(upgraded, "filesystem:db/migration");
    String fresh = database("_fresh");
    migrate(fresh, "filesystem:db/migration");

    Map<String, String> rowsAfter = rowsOfEveryTable(upgraded, columns);
    rowsBefore.forEach(
        (table, rows) -> assertEquals(rows, rowsAfter.get(table), "rows of " + table));
    assertEquals(query(fresh, SCHEMA_OBJECTS), query(upgraded, SCHEMA_OBJECTS));
  }

  /** A folder with the versioned migrations of the last release only. */
  private static String lastReleaseMigrations() throws IOException {
    Path folder = Files.createTempDirectory("last-release-migrations");
    try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
      for (Path file : files.toList()) {
        Matcher version = VERSION.matcher(file.getFileName().toString());
        if (version.matches() && Integer.parseInt(version.group(1)) <= LAST_RELEASE) {
          Files.copy(file, folder.resolve(file.getFileName()));
        }
      }
    }
    return "filesystem:" + folder;
  }

  private static void migrate(String url, String location) {
    Flyway.configure()
        .dataSource(url, Settings.ownerRole(), Settings.ownerPassword())
        .locations(location)
        .placeholders(Settings.migrationPlaceholders())
        .load()
        .migrate();
  }

  /** Each table's columns, quoted and comma-separated: a later release may add columns. */
  private static Map<String, String> columnsOfEveryTable(String url) throws SQLException {
    Map<String, String> columns = new TreeMap<>();
    for (List<String> table :
        query(
            url,
            "SELECT c.table_name, string_agg(quote_ident(c.column_name), ', '"
                + " ORDER BY c.ordinal_position) FROM information_schema.columns c"
                + " JOIN pg_tables t ON t.schemaname = c.table_schema AND t.tablename = c.table_name"
                + " WHERE c.table_schema = 'public' AND c.table_name <> 'flyway_schema_history'"
                + " GROUP BY c.table_name")) {
      columns.put(table.get(0), table.get(1));
    }
    return columns;
  }

  /** A hash of each table's rows over the given columns, so a lost or altered row shows. */
  private static Map<String, String> rowsOfEveryTable(String url, Map<String, String> columns)
      throws SQLException {
    Map<String, String> rows = new TreeMap<>();
    for (Map.Entry<String, String> table : columns.entrySet()) {
      rows.put(
          table.getKey(),
          query(
                  url,
                  "SELECT count(*)::text, coalesce(md5(string_agg(t.r::text, ',' ORDER BY"
                      + " t.r::text)), '') FROM (SELECT ROW("
                      + table.getValue()
                      + ") AS r FROM \""
                      + table.getKey()
                      + "\") t")
              .get(0)
              .toString());
    }
    return rows;
  }

  private static List<List<String>> query(String url, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Connection connection = connect(url);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT * FROM (" + sql + ") q ORDER BY 1, 2")) {
      while (result.next()) {
        rows.add(List.of(result.getString(1), String.valueOf(result.getString(2))));
      }
    }
    return rows;
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = connect(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, Settings.ownerRole(), Settings.ownerPassword());
  }

  private static String database(String suffix) {
    return Settings.databaseUrl(Settings.databaseName() + suffix, "propaganda-tests");
  }
}
