package com.propaganda.dashboard.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before any other bean touches the database. It connects as the
 * schema owner through its own pool; the application itself never holds DDL rights.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "jdbc/propaganda-migration")
  private DataSource migrationDataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(migrationDataSource)
            .locations(locations().toArray(String[]::new))
            .placeholders(Map.of("app_role", Settings.applicationRole()))
            // Demo data is a location of its own: a database that once had it still validates.
            .ignoreMigrationPatterns("*:missing")
            .load()
            .migrate();
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
