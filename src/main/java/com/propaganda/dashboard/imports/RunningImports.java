package com.propaganda.dashboard.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The imports being written on this server, with how far each has come and whether its user asked
 * to cancel it. Kept in memory: until the import commits, its transaction's writes are invisible to
 * every other transaction, the progress among them.
 */
@ApplicationScoped
public class RunningImports {

  private final Map<UUID, ImportProgress> running = new ConcurrentHashMap<>();

  ImportProgress start(UUID importId, long rows) {
    ImportProgress progress = new ImportProgress(rows);
    running.put(importId, progress);
    return progress;
  }

  /** The import's progress while it runs on this server; null otherwise. */
  ImportProgress of(UUID importId) {
    return running.get(importId);
  }

  void finish(UUID importId) {
    running.remove(importId);
  }
}
