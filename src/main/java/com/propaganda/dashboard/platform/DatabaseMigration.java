package com.propaganda.dashboard.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before any other bean touches the database. It connects as the
 * schema owner (DB_OWNER_USER) with connections of its own, which Flyway closes when it is done: no
 * pool keeps the owner's BYPASSRLS connections open, and the running application holds only the
 * application role's.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  /** What pg_stat_activity shows for the migration's connections. */
  public static final String APPLICATION_NAME = "propaganda-migrations";

  private static final int CONNECT_RETRIES = 6;

  /** Set once the schema is current; timers may fire while a fresh database is still migrating. */
  private static volatile boolean migrated;

  /** Whether the schema is up to date, so the jobs may run against it. */
  public static boolean isDone() {
    return migrated;
  }

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(
                Settings.databaseUrl(APPLICATION_NAME),
                Settings.ownerRole(),
                Settings.ownerPassword())
            // PostgreSQL may still be starting, as when the whole machine boots.
            .connectRetries(CONNECT_RETRIES)
            .locations(locations().toArray(String[]::new))
            .placeholders(Settings.migrationPlaceholders())
            // Demo data is a location of its own: a database that once had it still validates.
            .ignoreMigrationPatterns("*:missing")
            .load()
            .migrate();
    migrated = true;
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  private static List<String> locations() {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (Settings.demoDataEnabled()) {
      locations.add("classpath:db/demo");
    }
    return locations;
  }
}
