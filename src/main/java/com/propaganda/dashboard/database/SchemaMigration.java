package com.propaganda.dashboard.database;

import com.propaganda.dashboard.platform.Settings;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The schema's migrations through Flyway, as a step of their own (db/migrate.sh runs {@link #main}
 * as the schema owner, before any server starts) or, where a server is given the owner's password,
 * at that server's start (DatabaseMigration). A server that is not given it only checks, as the
 * application role, that the schema is current.
 */
public final class SchemaMigration {

  /** What pg_stat_activity shows for the migration's connections. */
  public static final String APPLICATION_NAME = "propaganda-migrations";

  private static final int CONNECT_RETRIES = 6;

  private SchemaMigration() {}

  /** Migrates as the schema owner (DB_OWNER_USER, DB_OWNER_PASSWORD) and says where it got to. */
  public static void main(String[] arguments) {
    MigrateResult result = migrate();
    System.out.println("Schema of " + Settings.databaseName() + " up to date: " + applied(result));
  }

  /** What a migration did, for its log line. */
  static String applied(MigrateResult result) {
    return result.migrationsExecuted == 0
        ? "no migration needed"
        : result.migrationsExecuted
            + " migrations applied, now at version "
            + result.targetSchemaVersion;
  }

  static MigrateResult migrate() {
    return configured(Settings.ownerRole(), Settings.ownerPassword()).load().migrate();
  }

  /**
   * Fails, naming what is missing, unless every migration is applied; reads the schema history as
   * the application role.
   */
  static void checkCurrent() {
    var validated =
        configured(Settings.applicationRole(), Settings.applicationPassword())
            .load()
            .validateWithResult();
    if (!validated.validationSuccessful) {
      throw new IllegalStateException(
          "The database schema is not current; run db/migrate.sh as the schema owner first: "
              + validated.getAllErrorMessages());
    }
  }

  private static FluentConfiguration configured(String role, String password) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(Settings.databaseUrl(APPLICATION_NAME), role, password)
        // PostgreSQL may still be starting, as when the whole machine boots.
        .connectRetries(CONNECT_RETRIES)
        .locations(locations().toArray(String[]::new))
        .placeholders(Settings.migrationPlaceholders())
        // Demo data is a location of its own: a database that once had it still validates.
        .ignoreMigrationPatterns("*:missing");
  }

  private static List<String> locations() {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (Settings.demoDataEnabled()) {
      locations.add("classpath:db/demo");
    }
    return locations;
  }
}
