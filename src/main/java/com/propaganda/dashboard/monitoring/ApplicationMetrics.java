package com.propaganda.dashboard.monitoring;

import com.propaganda.dashboard.database.ReadReplica;
import com.propaganda.dashboard.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's metrics, in the server's Prometheus text at /metrics: requests per page and
 * endpoint with their time, the reports replica's lag, the jobs' backlog, the pools' connections
 * and failed sign-ins. Every series carries this server's name.
 */
@ApplicationScoped
public class ApplicationMetrics {

  @Inject private MetricRegistry registry;

  @Inject private ReadReplica replica;

  @Inject private DatabaseFigures database;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Tag node = node();
    registry.gauge("replica_lag_seconds", replica, r -> r.state().lag().toMillis() / 1000.0, node);
    registry.gauge("replica_answering", replica, r -> r.state().answered() ? 1 : 0, node);
    registry.gauge("reports_read_from_replica", replica, r -> r.inUse() ? 1 : 0, node);
    registry.gauge("audit_sealing_backlog", database, d -> d.backlog().unsealedAuditRows(), node);
    registry.gauge("call_count_deltas_unfolded", database, d -> d.backlog().unfoldedDeltas(), node);
    for (String pool : DatabaseFigures.POOLS) {
      for (String state : DatabaseFigures.STATES) {
        registry.gauge(
            "pool_connections",
            database,
            d -> d.connections(pool, state),
            node,
            new Tag("pool", pool),
            new Tag("state", state));
      }
    }
    registry.counter("sign_in_failures", node);
  }

  void requestAnswered(String path, Duration took) {
    registry.timer("http_requests", node(), new Tag("path", path)).update(took);
  }

  /** A refused sign-in (wrong password, unknown account, throttled). */
  public void signInFailed() {
    registry.counter("sign_in_failures", node()).inc();
  }

  private static Tag node() {
    return new Tag("node", Settings.nodeName());
  }
}
