package com.propaganda.dashboard.database;

import java.time.Duration;

/**
 * What the last measurement found on the reports pool: whether it answered, whether it is a standby
 * (without one the reports pool is the primary itself) and how old its heartbeat was.
 */
public record ReplicaState(boolean answered, boolean standby, Duration lag) {

  public static final ReplicaState UNKNOWN = new ReplicaState(false, false, Duration.ZERO);
  public static final ReplicaState DOWN = new ReplicaState(false, true, Duration.ZERO);

  static ReplicaState measured(Duration lag, boolean standby) {
    return new ReplicaState(true, standby, lag);
  }

  public boolean usable(Duration maxLag) {
    return answered && lag.compareTo(maxLag) <= 0;
  }
}
