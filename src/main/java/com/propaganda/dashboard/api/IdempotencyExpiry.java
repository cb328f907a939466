package com.propaganda.dashboard.api;

import com.propaganda.dashboard.tenancy.CrossClientSql;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Every hour, forgets idempotency records older than a day, of every client. */
@Stateless
@PermitAll
public class IdempotencyExpiry {

  @Inject private CrossClientSql sql;

  @Schedule(hour = "*", minute = "17", persistent = false)
  public void forgetOldRecords() {
    sql.query(
        "Forgetting old idempotency records",
        "SELECT forget_old_idempotency()",
        List.of(),
        row -> row.getInt(1));
  }
}
