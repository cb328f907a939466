package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.audittrail.AuditEvent;
import com.propaganda.dashboard.audittrail.AuditRecorder;
import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.auditviewer.AuditEntries;
import com.propaganda.dashboard.auditviewer.AuditEntry;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.KeyScope;
import com.propaganda.dashboard.identity.KeyScopes;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.platform.JsonFactory;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.ReportSql;
import com.propaganda.dashboard.tenancy.TenantBound;
import com.propaganda.dashboard.tenancy.TenantReads;
import com.propaganda.dashboard.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Calls as their users may see and change them: a sales rep only their own calls, admin and ceo
 * every call of their client. Another client's call, or another rep's for a sales user, is "not
 * found", exactly like an id that does not exist.
 */
@Stateless
@TenantBound
@Audited("calls")
@RolesAllowed({Roles.CEO, Roles.ADMIN, Roles.SALES})
public class CallService {

  /** Calls one export holds at most: a year of a busy team; a longer list is narrowed first. */
  public static final int EXPORT_LIMIT = 100_000;

  /** A call's history tab shows its latest changes, at most this many. */
  private static final int HISTORY_ROWS = 200;

  @PersistenceContext private EntityManager entityManager;

  @Inject private TenantSql sql;

  @Inject private ReportSql reportSql;

  @Inject private CallerContext context;

  @EJB private AuditRecorder recorder;

  @Inject private RunningExports runningExports;

  @Inject private CallRepository repository;

  @Inject private ExistingCalls existingCalls;

  /**
   * One page of the list: the rows after the given call (from the start without one), skipping
   * {@code skip}. The ids are found on the calls table alone, then only the page is joined.
   */
  public List<CallRow> list(CallFilter filter, CallOrder order, UUID after, int skip, int max) {
    return CallRows.of(entityManager, listSql(filter).ids(order, after, skip, max), context.zone());
  }

  /**
   * Exact, from the daily rollup where it covers the filter, else from the list indexes; with a
   * search term, at most {@link SearchTerm#COUNT_LIMIT} + 1, which means "more than the limit".
   */
  public long count(CallFilter filter) {
    UUID onlyOwner = onlyOwnCalls();
    if (CallCounts.covers(filter, onlyOwner)) {
      return CallCounts.count(reads(filter), filter);
    }
    return listSql(filter).count();
  }

  private CallListSql listSql(CallFilter filter) {
    return listSql(reads(filter), filter);
  }

  /** A list opened from a report's figure reads where the report read. */
  private TenantReads reads(CallFilter filter) {
    return filter.isFromReport() ? reportSql : sql;
  }

  private CallListSql listSql(TenantReads reads, CallFilter filter) {
    return new CallListSql(
        reads, filter, CallConditions.ofCalls(filter, onlyOwnCalls(), context.days()));
  }

  /** One page of whole calls, newest first, after the cursor: the API's list. */
  @KeyScope(KeyScopes.CALLS_READ)
  public List<CallRecord> records(CallFilter filter, CallCursor after, int max) {
    return CallRecords.read(entityManager, listSql(filter).ids(after, max), context.zone());
  }

  /** One whole call; reading it is recorded in the audit log. */
  @KeyScope(KeyScopes.CALLS_READ)
  public CallRecord record(UUID id) {
    CallRecord call = CallRecords.of(visibleCall(id), context.zone());
    recorder.record(AuditEvent.access(context.actor(), "calls", id, "open"));
    return call;
  }

  /** A call from the fields a request names, under the form's rules. */
  @KeyScope(KeyScopes.CALLS_WRITE)
  public CallRecord create(CallPatch patch) {
    CallDraft draft = new CallDraft();
    patch.applyTo(draft);
    return saved(log(draft));
  }

  /** Changes the fields a request names; the others stay. */
  @KeyScope(KeyScopes.CALLS_WRITE)
  public CallRecord change(UUID id, CallPatch patch) {
    CallDraft draft = visibleCall(id).toDraft();
    patch.applyTo(draft);
    update(id, draft);
    return saved(id);
  }

  /** The call as the database has it now, placed_at and updated_at included. */
  private CallRecord saved(UUID id) {
    return CallRecords.read(sql, List.of(id), context.zone()).get(0);
  }

  /** The call as the edit form shows it; opening it is recorded in the audit log. */
  public CallDraft draftOf(UUID id) {
    CallDraft draft = visibleCall(id).toDraft();
    recorder.record(AuditEvent.access(context.actor(), "calls", id, "open"));
    return draft;
  }

  /** The call's changes, newest first, as its history tab lists them. */
  public List<AuditEntry> history(UUID id) {
    visibleCall(id);
    return AuditEntries.page(
        sql,
        List.of("a.table_name = 'calls'", "a.record_id = ?", "a.action <> 'SELECT'"),
        List.of(id),
        null,
        HISTORY_ROWS,
        context.zone());
  }

  /**
   * Writes the list as spreadsheet rows: at most {@link #EXPORT_LIMIT} calls, then a row saying
   * where it stopped. One export per user at a time, so exports started in many tabs cannot take
   * every database connection. Recorded in the audit log with its row count.
   *
   * @throws ExportRunningException while another export of the caller's is being written
   */
  public long export(
      CallFilter filter, CallOrder order, String format, Consumer<List<String>> row) {
    UUID user = context.caller().userId();
    if (!runningExports.start(user)) {
      throw new ExportRunningException();
    }
    try {
      long rows = CallExport.rows(after -> exportPage(filter, order, after), EXPORT_LIMIT, row);
      recorder.record(
          AuditEvent.access(
              context.actor(),
              "calls",
              null,
              "export",
              JsonFactory.object()
                  .add("format", format)
                  .add("filters", filter.toQuery())
                  .add("rows", rows)));
      return rows;
    } finally {
      runningExports.finish(user);
    }
  }

  /** The list's next page as whole calls, read where reports read. */
  private List<CallRecord> exportPage(CallFilter filter, CallOrder order, UUID after) {
    List<UUID> ids = listSql(reportSql, filter).ids(order, after, 0, CallExport.PAGE);
    return CallRecords.read(reportSql, ids, context.zone());
  }

  /** Whether an export of the caller's is being written now. */
  public boolean isExporting() {
    return runningExports.isRunning(context.caller().userId());
  }

  public UUID log(CallDraft draft) {
    policy().check(draft, null).throwIfAny();
    UUID id = UUID.randomUUID();
    repository.create(List.of(new IdentifiedCall(id, draft)));
    return id;
  }

  public void update(UUID id, CallDraft draft) {
    policy().check(draft, visibleCall(id).toDraft()).throwIfAny();
    repository.update(List.of(new IdentifiedCall(id, draft)));
  }

  /**
   * Sets status, outcome or loss reason on many calls at once, under the same rules as the form.
   * Every call is checked before any changes; one that would break a rule is named and nothing is
   * saved. The audit trigger writes one row per changed call.
   *
   * @return how many calls were changed
   */
  @RolesAllowed({Roles.CEO, Roles.ADMIN})
  public int bulkEdit(List<UUID> ids, CallBulkChange change) {
    return new BulkEdit(existingCalls, repository, policy()).apply(ids, change);
  }

  @RolesAllowed({Roles.CEO, Roles.ADMIN})
  @KeyScope(KeyScopes.CALLS_WRITE)
  public void delete(UUID id) {
    repository.delete(List.of(visibleCall(id).getId()), null);
  }

  private Call visibleCall(UUID id) {
    Call call = id == null ? null : entityManager.find(Call.class, id);
    UUID onlyOwner = onlyOwnCalls();
    if (call == null || (onlyOwner != null && !onlyOwner.equals(call.getOwner().getId()))) {
      throw new NotFoundException("Call");
    }
    return call;
  }

  /** The rules of a call as they apply to the caller. */
  private CallPolicy policy() {
    return new CallPolicy(
        new LookupsOneAtATime(entityManager), context.role(), context.caller().userId());
  }

  /** The caller's own id when they may only see their own calls, else null. */
  private UUID onlyOwnCalls() {
    return (context.role() == Role.SALES) ? context.caller().userId() : null;
  }
}
