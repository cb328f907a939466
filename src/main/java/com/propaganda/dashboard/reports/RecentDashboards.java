package com.propaganda.dashboard.reports;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.propaganda.dashboard.calls.CallsWritten;
import com.propaganda.dashboard.database.ReadReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Dashboards computed in the last few seconds, shared by everyone who asks for the same one: a
 * manager's team opening the dashboard at nine runs its statements once. A dashboard is kept only
 * as long as its figures need no age notice ({@link ReadReplica#NOTICEABLE_LAG} less the replica's
 * lag when it was read), so keeping it never shows figures older than reading the replica could.
 * Calls written through this server drop their client's dashboards as soon as they commit; calls
 * written on another server of a cluster show within that same bound.
 */
@ApplicationScoped
class RecentDashboards {

  /** A few screens per client of a large agency; each dashboard is a few kilobytes. */
  private static final int MAX_KEPT = 5_000;

  private final Map<UUID, AtomicLong> writes = new ConcurrentHashMap<>();

  private Supplier<Duration> readLag;

  private Cache<DashboardKey, Dashboard> kept;

  RecentDashboards() {}

  @Inject
  RecentDashboards(ReadReplica replica) {
    this(replica::readLag, Ticker.systemTicker());
  }

  RecentDashboards(Supplier<Duration> readLag, Ticker ticker) {
    this.readLag = readLag;
    this.kept =
        Caffeine.newBuilder()
            .maximumSize(MAX_KEPT)
            .ticker(ticker)
            .expireAfter(Expiry.creating((DashboardKey key, Dashboard dashboard) -> keepFor()))
            .build();
  }

  /**
   * The dashboard kept for the key, else the one {@code compute} makes; callers asking for the same
   * key meanwhile wait for that one computation.
   */
  Dashboard get(DashboardKey key, Supplier<Dashboard> compute) {
    long writesBefore = writesOf(key.clientId()).get();
    Dashboard dashboard = kept.get(key, k -> compute.get());
    if (writesOf(key.clientId()).get() != writesBefore) {
      // Calls committed while it was computed: it may predate them, so it serves this caller only.
      kept.invalidate(key);
    }
    return dashboard;
  }

  void dropAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallsWritten written) {
    writesOf(written.clientId()).incrementAndGet();
    kept.asMap().keySet().removeIf(key -> key.clientId().equals(written.clientId()));
  }

  private AtomicLong writesOf(UUID clientId) {
    return writes.computeIfAbsent(clientId, id -> new AtomicLong());
  }

  private Duration keepFor() {
    Duration keep = ReadReplica.NOTICEABLE_LAG.minus(readLag.get());
    return keep.isNegative() ? Duration.ZERO : keep;
  }
}
