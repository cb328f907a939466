package com.propaganda.dashboard.audittrail;

import com.propaganda.dashboard.identity.Actor;
import com.propaganda.dashboard.platform.JsonFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/**
 * An access event (action SELECT) for the audit log. For an event about one row, {@code table} and
 * {@code recordId} name it; for others (a list export, the audit log itself, a failed sign-in) the
 * record id is the nil uuid and {@code details} say what happened.
 */
public record AuditEvent(
    Actor actor, UUID clientId, String table, UUID recordId, JsonObject details) {

  /** The record id of an event that is not about one row. */
  public static final UUID NO_RECORD = new UUID(0, 0);

  /** An event of the acting account itself (sign-in, sign-out), on its own row. */
  public static AuditEvent ofOwnAccount(Actor actor, String event) {
    boolean operator = actor.operatorId() != null;
    return access(
        actor,
        operator ? "operators" : "users",
        operator ? actor.operatorId() : actor.userId(),
        event);
  }

  public static AuditEvent access(
      Actor actor, String table, UUID recordId, String event, JsonObjectBuilder details) {
    return new AuditEvent(
        actor,
        actor.clientId(),
        table,
        recordId == null ? NO_RECORD : recordId,
        details.add("event", event).build());
  }

  public static AuditEvent access(Actor actor, String table, UUID recordId, String event) {
    return access(actor, table, recordId, event, JsonFactory.object());
  }

  static AuditEvent denied(Actor actor, String table, UUID recordId, String method, String reason) {
    return access(
        actor,
        table,
        recordId,
        "denied",
        JsonFactory.object().add("method", method).add("reason", reason));
  }
}
