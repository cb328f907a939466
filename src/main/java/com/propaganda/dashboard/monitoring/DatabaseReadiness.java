package com.propaganda.dashboard.monitoring;

import com.propaganda.dashboard.database.DatabaseMigration;
import com.propaganda.dashboard.database.ReadReplica;
import com.propaganda.dashboard.database.ReplicaState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the schema is migrated and the primary took the heartbeat within the last few
 * seconds; the load balancer sends no one to a server that is not. The replica is reported, not
 * required: a replica that is down or behind sends reports to the primary on every server alike, so
 * taking the servers out of rotation for it would turn a slower report into an outage.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  /** The heartbeat runs every second; three missed beats mean the primary does not answer. */
  static final Duration PRIMARY_SILENCE = Duration.ofSeconds(3);

  @Inject private ReadReplica replica;

  @Override
  public HealthCheckResponse call() {
    Instant answered = replica.primaryAnswered();
    boolean primary = answered.isAfter(Instant.now().minus(PRIMARY_SILENCE));
    ReplicaState state = replica.state();
    return HealthCheckResponse.named("database")
        .status(DatabaseMigration.isDone() && primary)
        .withData("migrated", DatabaseMigration.isDone())
        .withData("primary", primary ? "answering" : "silent since " + answered)
        .withData("replica", describe(state))
        .withData("replicaLagMillis", state.lag().toMillis())
        .withData("reportsRead", state.standby() && replica.inUse() ? "replica" : "primary")
        .build();
  }

  private static String describe(ReplicaState state) {
    if (!state.answered()) {
      return "not answering";
    }
    return state.standby() ? "streaming" : "none (the reports pool is the primary)";
  }
}
