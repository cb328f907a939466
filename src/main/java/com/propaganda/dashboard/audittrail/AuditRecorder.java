package com.propaganda.dashboard.audittrail;

import com.propaganda.dashboard.identity.Actor;
import com.propaganda.dashboard.tenancy.CrossClientSql;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;

/**
 * Writes access events through the only audit functions the application role may call:
 * record_access() takes the event's client and actor from the connection's settings and refuses an
 * actor who is not of that client; record_failed_sign_in() finds the client of the typed workspace
 * itself. Neither writes anything but an access event (see README, "Audit trail").
 */
@Stateless
@PermitAll
public class AuditRecorder {

  private static final String ACCESS = "SELECT record_access(?, ?, ?::jsonb)";
  private static final String FAILED_SIGN_IN = "SELECT record_failed_sign_in(?, ?::jsonb)";

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

  /** A sign-in that failed, in the log of the client whose workspace was typed, if any. */
  public void recordFailedSignIn(Actor anonymous, String workspace, JsonObject details) {
    sql.update(
        "Recording a failed sign-in",
        anonymous.settings(),
        FAILED_SIGN_IN,
        Arrays.asList(workspace, details.toString()));
  }

  private void write(AuditEvent event) {
    sql.update(
        "Recording an audit event",
        event.actor().settings().tenant(event.clientId()),
        ACCESS,
        List.of(event.table(), event.recordId(), event.details().toString()));
  }
}
