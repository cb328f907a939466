package com.propaganda.dashboard.monitoring;

import com.propaganda.dashboard.database.DatabaseMigration;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once Flyway has migrated the schema: before that, no page can be served. */
@Startup
@ApplicationScoped
public class MigrationStarted implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("migration").status(DatabaseMigration.isDone()).build();
  }
}
