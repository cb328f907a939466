package com.propaganda.dashboard.database;

import com.propaganda.dashboard.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Makes sure the schema is current before any other bean touches the database. In production the
 * migrations run as a step of their own (db/migrate.sh) and the server, which never holds the
 * schema owner's password, only checks that they did. A server given DB_OWNER_PASSWORD (the test
 * servers) migrates itself, with connections of its own that Flyway closes when it is done: no pool
 * keeps the owner's BYPASSRLS connections open.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  /** Set once the schema is current; timers may fire while a fresh database is still migrating. */
  private static volatile boolean migrated;

  /** Whether the schema is up to date, so the jobs may run against it. */
  public static boolean isDone() {
    return migrated;
  }

  @PostConstruct
  void migrate() {
    if (Settings.ownerPassword().isEmpty()) {
      SchemaMigration.checkCurrent();
      LOG.info("Schema is current (migrated by db/migrate.sh)");
    } else {
      MigrateResult result = SchemaMigration.migrate();
      LOG.info(() -> "Schema up to date: " + SchemaMigration.applied(result));
    }
    migrated = true;
  }
}
