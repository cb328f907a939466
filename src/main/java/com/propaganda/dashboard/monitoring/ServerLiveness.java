package com.propaganda.dashboard.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the server answers at all: a database outage makes it unready, not dead, so a
 * supervisor does not restart servers that would only wait for the same database.
 */
@Liveness
@ApplicationScoped
public class ServerLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("server");
  }
}
