package com.propaganda.dashboard.api;

import com.propaganda.dashboard.database.DatabaseException;
import com.propaganda.dashboard.database.DatabaseMigration;
import com.propaganda.dashboard.tenancy.CrossClientSql;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every hour, forgets idempotency records older than a day, of every client. */
@Stateless
@PermitAll
public class IdempotencyExpiry {

  private static final Logger LOG = Logger.getLogger(IdempotencyExpiry.class.getName());

  @Inject private CrossClientSql sql;

  @Schedule(hour = "*", minute = "17", persistent = false)
  public void forgetOldRecords() {
    if (!DatabaseMigration.isDone()) {
      return;
    }
    try {
      sql.query(
          "Forgetting old idempotency records",
          "SELECT forget_old_idempotency()",
          List.of(),
          row -> row.getInt(1));
    } catch (DatabaseException e) {
      // A timer that throws is cancelled; the next hour's run forgets them instead.
      LOG.log(Level.WARNING, "Forgetting old idempotency records failed", e);
    }
  }
}
