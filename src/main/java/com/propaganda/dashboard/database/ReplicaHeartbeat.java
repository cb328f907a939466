package com.propaganda.dashboard.database;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second: measures the replica's lag against the last stamp, then stamps the heartbeat on the
 * primary. Every server of a cluster stamps it; the stamps only move the time on.
 */
@Singleton
public class ReplicaHeartbeat {

  private static final Logger LOG = Logger.getLogger(ReplicaHeartbeat.class.getName());

  @Inject private ReadReplica replica;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void tick() {
    if (!DatabaseMigration.isDone()) {
      return;
    }
    replica.measure();
    try {
      replica.beat();
    } catch (DatabaseException e) {
      // The primary is down: the readiness check says so; the replica's figures only grow older.
      LOG.log(Level.FINE, "Stamping the heartbeat failed", e);
    }
  }
}
