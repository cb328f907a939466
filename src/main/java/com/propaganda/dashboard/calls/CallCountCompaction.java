package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.database.DatabaseException;
import com.propaganda.dashboard.database.DatabaseMigration;
import com.propaganda.dashboard.tenancy.CrossClientSql;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Folds the call count deltas that the calls trigger appends into the daily rollup. Writers only
 * ever append, so a busy client's writers never wait on one counter row; this job is the one writer
 * of call_counts, and readers sum both tables, so counts stay exact.
 */
@Singleton
public class CallCountCompaction {

  private static final Logger LOG = Logger.getLogger(CallCountCompaction.class.getName());

  /** Runs as the schema owner, across clients (db/migration/R__call_counts.sql). */
  private static final String FOLD = "SELECT fold_call_count_deltas()";

  @Inject private CrossClientSql sql;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  public void fold() {
    if (!DatabaseMigration.isDone()) {
      return;
    }
    try {
      sql.update("Folding", FOLD, List.of());
    } catch (DatabaseException e) {
      // The deltas stay and the next run folds them; counts are exact either way.
      LOG.log(Level.WARNING, "Folding call count deltas failed", e);
    }
  }
}
