package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.database.DatabaseMigration;
import com.propaganda.dashboard.tenancy.CrossClientSql;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up and every minute, marks the imports that a stop of their server cut off as failed,
 * whichever server ran them, so their users see that nothing was written instead of an import
 * running for ever (fail_interrupted_imports()).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@PermitAll
public class InterruptedImports {

  private static final Logger LOG = Logger.getLogger(InterruptedImports.class.getName());

  @Inject private CrossClientSql sql;

  @PostConstruct
  void atStart() {
    markFailed();
  }

  @Schedule(minute = "*", hour = "*", persistent = false)
  public void markFailed() {
    if (!DatabaseMigration.isDone()) {
      return;
    }
    int failed =
        sql.query(
                "Marking interrupted imports failed",
                "SELECT fail_interrupted_imports()",
                List.of(),
                row -> row.getInt(1))
            .get(0);
    if (failed > 0) {
      LOG.warning(() -> failed + " imports were cut off by a stop of their server: marked failed");
    }
  }
}
