package com.propaganda.dashboard.calls;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users whose export is being written on this server: one each at a time, so that a user cannot
 * hold many database connections with exports started in many tabs.
 */
@ApplicationScoped
class RunningExports {

  private final Set<UUID> users = ConcurrentHashMap.newKeySet();

  /** Whether the user's export may start; false while another of theirs is written. */
  boolean start(UUID user) {
    return users.add(user);
  }

  boolean isRunning(UUID user) {
    return users.contains(user);
  }

  void finish(UUID user) {
    users.remove(user);
  }
}
