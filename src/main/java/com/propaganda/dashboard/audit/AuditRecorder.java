package com.propaganda.dashboard.audit;

import com.propaganda.dashboard.platform.CrossClientSql;
import com.propaganda.dashboard.tenancy.Actor;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Arrays;

/** Writes access events through record_audit() (V9), which also queues them for sealing. */
@Stateless
@PermitAll
public class AuditRecorder {

  private static final String RECORD =
      "SELECT record_audit(?, ?, ?, ?, ?, 'SELECT', NULL, ?::jsonb, NULL, ?, ?)";

  @Inject private CrossClientSql sql;

  /** In the caller's transaction: the event is kept only if the work around it commits. */
  public void record(AuditEvent event) {
    write(event);
  }

  /** In a transaction of its own: kept even when the caller's work rolls back. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordAlone(AuditEvent event) {
    write(event);
  }

  private void write(AuditEvent event) {
    Actor actor = event.actor();
    sql.update(
        "Recording an audit event",
        RECORD,
        Arrays.asList(
            event.clientId(),
            actor.userId(),
            actor.operatorId(),
            event.table(),
            event.recordId(),
            event.details().toString(),
            actor.ip(),
            actor.userAgent()));
  }
}
