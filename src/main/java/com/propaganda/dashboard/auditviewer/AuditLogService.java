package com.propaganda.dashboard.auditviewer;

import com.propaganda.dashboard.audittrail.AuditEvent;
import com.propaganda.dashboard.audittrail.AuditReceipt;
import com.propaganda.dashboard.audittrail.AuditRecorder;
import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.audittrail.Checkpoint;
import com.propaganda.dashboard.audittrail.CheckpointStore;
import com.propaganda.dashboard.identity.Caller;
import com.propaganda.dashboard.identity.KeyScope;
import com.propaganda.dashboard.identity.KeyScopes;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.platform.JsonFactory;
import com.propaganda.dashboard.platform.Settings;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.ClientDays;
import com.propaganda.dashboard.tenancy.ReportSql;
import com.propaganda.dashboard.tenancy.TenantBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit viewer: the ceo reads their client's audit log, newest first, a keyset page at a time.
 * Reading it is itself recorded: the first page of every listing, and every export.
 */
@Stateless
@TenantBound
@Audited("audit_logs")
@RolesAllowed(Roles.CEO)
public class AuditLogService {

  /** Counting stops here: beyond it the viewer says "more than". */
  public static final int COUNT_LIMIT = 10_000;

  @Inject private ReportSql sql;

  @Inject private CallerContext context;

  @EJB private AuditRecorder recorder;

  /** One page after {@code after} (from the newest without one). */
  @KeyScope(KeyScopes.AUDIT_READ)
  public List<AuditEntry> page(AuditFilter filter, AuditCursor after, int max) {
    Caller caller = context.caller();
    ZoneId zone = context.zone();
    if (after == null) {
      recorder.record(
          AuditEvent.access(context.actor(), "audit_logs", null, "view", filter.toJson()));
    }
    List<Object> parameters = new ArrayList<>();
    return AuditEntries.page(
        sql, where(filter, context.days(), parameters), parameters, after, max, zone);
  }

  /** How many rows match, counted up to {@link #COUNT_LIMIT} + 1. */
  public long count(AuditFilter filter) {
    Caller caller = context.caller();
    List<Object> parameters = new ArrayList<>();
    List<String> where = where(filter, context.days(), parameters);
    parameters.add(COUNT_LIMIT + 1);
    return sql.query(
            "SELECT count(*) FROM (SELECT 1 FROM audit_logs a"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " LIMIT ?) c",
            parameters,
            row -> row.getLong(1))
        .get(0);
  }

  /** Records an export of the filtered rows once it is written. */
  public void exported(AuditFilter filter, long rows) {
    recorder.record(
        AuditEvent.access(
            context.actor(),
            "audit_logs",
            null,
            "export",
            JsonFactory.object().add("filters", filter.toJson()).add("rows", rows)));
  }

  /**
   * The latest signed checkpoint of the caller's client, as a receipt to keep; empty before the
   * first sealing. Handing it out is recorded.
   */
  public Optional<String> receipt() {
    UUID client = context.caller().clientId();
    Optional<Checkpoint> latest = CheckpointStore.configured().latest(client);
    latest.ifPresent(
        checkpoint ->
            recorder.record(
                AuditEvent.access(
                    context.actor(),
                    "audit_logs",
                    null,
                    "receipt",
                    JsonFactory.object().add("position", checkpoint.seq()))));
    return latest.map(checkpoint -> AuditReceipt.of(workspace(client), checkpoint, publicKey()));
  }

  private String workspace(UUID client) {
    return sql.query(
            "SELECT workspace FROM clients WHERE id = ?", List.of(client), row -> row.getString(1))
        .get(0);
  }

  private static Optional<String> publicKey() {
    try {
      return Optional.of(Files.readString(Settings.auditVerifyKey()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static List<String> where(AuditFilter filter, ClientDays days, List<Object> parameters) {
    List<String> where = new ArrayList<>();
    condition(where, parameters, "a.user_id = ?", filter.getUserId());
    condition(
        where,
        parameters,
        "a.action = ?",
        filter.getAction() == null ? null : filter.getAction().name());
    condition(where, parameters, "a.table_name = ?", filter.getTable());
    condition(where, parameters, "a.record_id = ?", filter.getRecordId());
    condition(
        where,
        parameters,
        "a.created_at >= ?",
        filter.getFrom() == null ? null : days.start(filter.getFrom()));
    condition(
        where,
        parameters,
        "a.created_at < ?",
        filter.getTo() == null ? null : days.end(filter.getTo()));
    return where;
  }

  private static void condition(
      List<String> where, List<Object> parameters, String sql, Object value) {
    if (value != null) {
      where.add(sql);
      parameters.add(value);
    }
  }
}
