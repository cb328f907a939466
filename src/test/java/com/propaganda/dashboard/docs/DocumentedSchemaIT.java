package com.propaganda.dashboard.docs;

import static java.util.stream.Collectors.toSet;

import com.propaganda.dashboard.testsupport.MarkdownTable;
import com.propaganda.dashboard.testsupport.OwnerDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reference tables of src/docs/database.md against the migrated test database: every table and
 * whether row-level security guards it, every function and view of the repeatable migrations, and
 * which functions run as their owner. A table that drifts fails with the names it lacks or has too
 * many. Outside the server: it needs the database only.
 */
class DocumentedSchemaIT {

  private static final String PUBLIC_FUNCTIONS =
      "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
          + " WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d"
          + " WHERE d.objid = p.oid AND d.deptype = 'e')";

  @Test
  void theTablesAreTheDatabasesTables() throws SQLException {
    MarkdownTable tables = MarkdownTable.under("database.md", "## Tables");
    tables.assertNames(
        "tables",
        tables.codeIn(0),
        names(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')"));
    tables.assertNames(
        "tenant tables",
        tables.codeIn(0, row -> row.get(2).startsWith("yes")),
        names(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " JOIN pg_policy p ON p.polrelid = c.oid AND p.polname = 'tenant_isolation'"
                + " WHERE n.nspname = 'public' AND c.relrowsecurity AND c.relforcerowsecurity"));
  }

  @Test
  void theSqlObjectsAreTheDatabasesFunctionsAndViews() throws SQLException {
    MarkdownTable objects = MarkdownTable.under("database.md", "## SQL objects");
    objects.assertNames("functions", functions(objects.codeIn(1)), names(PUBLIC_FUNCTIONS));
    objects.assertNames(
        "views",
        objects.codeIn(2).stream().filter(name -> !name.endsWith("()")).collect(toSet()),
        names("SELECT viewname FROM pg_views WHERE schemaname = 'public'"));
    objects.assertNames(
        "SECURITY DEFINER functions",
        functions(objects.codeIn(3)),
        names(PUBLIC_FUNCTIONS + " AND p.prosecdef"));
  }

  /** The names written as calls, {@code name()}, without their parentheses. */
  private static Set<String> functions(Set<String> code) {
    return code.stream()
        .filter(name -> name.endsWith("()"))
        .map(name -> name.substring(0, name.length() - 2))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> names(String query) throws SQLException {
    Set<String> names = new TreeSet<>();
    try (Connection connection = OwnerDatabase.dataSource().getConnection();
        ResultSet rows = connection.createStatement().executeQuery(query)) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }
}
