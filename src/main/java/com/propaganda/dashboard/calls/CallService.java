package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.audit.AuditEvent;
import com.propaganda.dashboard.audit.AuditRecorder;
import com.propaganda.dashboard.audit.Audited;
import com.propaganda.dashboard.auditlog.AuditEntries;
import com.propaganda.dashboard.auditlog.AuditEntry;
import com.propaganda.dashboard.lossreasons.LossReason;
import com.propaganda.dashboard.platform.FieldErrors;
import com.propaganda.dashboard.platform.InvalidInputException;
import com.propaganda.dashboard.platform.JsonFactory;
import com.propaganda.dashboard.platform.NotFoundException;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.KeyScope;
import com.propaganda.dashboard.tenancy.KeyScopes;
import com.propaganda.dashboard.tenancy.ReportSql;
import com.propaganda.dashboard.tenancy.Role;
import com.propaganda.dashboard.tenancy.Roles;
import com.propaganda.dashboard.tenancy.TenantBound;
import com.propaganda.dashboard.tenancy.TenantReads;
import com.propaganda.dashboard.tenancy.TenantSql;
import com.propaganda.dashboard.users.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

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

  private static final String ROWS =
      "SELECT NEW com.propaganda.dashboard.calls.CallRow(c.id, c.placedAt, c.prospectName,"
          + " o.name, c.type, c.status, c.outcome, r.name, c.durationSeconds)"
          + " FROM Call c JOIN c.owner o LEFT JOIN c.lossReason r WHERE c.id IN :ids";

  /** Calls one export holds at most: a year of a busy team; a longer list is narrowed first. */
  public static final int EXPORT_LIMIT = 100_000;

  /** Calls a bulk edit may change at once: a few pages of the list. */
  static final int MAX_BULK_EDIT = 500;

  /** A call's history tab shows its latest changes, at most this many. */
  private static final int HISTORY_ROWS = 200;

  @PersistenceContext private EntityManager entityManager;

  @Inject private TenantSql sql;

  @Inject private ReportSql reportSql;

  @Inject private CallerContext context;

  @EJB private AuditRecorder recorder;

  @Inject private RunningExports runningExports;

  /**
   * One page of the list: the rows after the given call (from the start without one), skipping
   * {@code skip}. The ids are found on the calls table alone, then only the page is joined.
   */
  public List<CallRow> list(CallFilter filter, CallOrder order, UUID after, int skip, int max) {
    List<UUID> ids = listSql(filter).ids(order, after, skip, max);
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, CallRow> rows =
        entityManager
            .createQuery(ROWS, CallRow.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(CallRow::id, Function.identity()));
    ZoneId zone = context.zone();
    // From a report's figure, the ids come from the replica: a call deleted since is left out.
    return ids.stream()
        .map(rows::get)
        .filter(Objects::nonNull)
        .map(row -> row.inZone(zone))
        .toList();
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
    entityManager.flush();
    Call call = entityManager.find(Call.class, id);
    entityManager.refresh(call);
    return CallRecords.of(call, context.zone());
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
    FieldErrors errors = CallRules.check(draft);
    User owner = owner(draft, null, errors);
    LossReason reason = lossReason(draft, null, errors);
    errors.throwIfAny();
    Call call = new Call(owner);
    call.edit(draft, owner, reason);
    entityManager.persist(call);
    return call.getId();
  }

  public void update(UUID id, CallDraft draft) {
    Call call = visibleCall(id);
    FieldErrors errors = CallRules.check(draft);
    User owner = owner(draft, call.getOwner(), errors);
    LossReason reason = lossReason(draft, call.getLossReason(), errors);
    errors.throwIfAny();
    call.edit(draft, owner, reason);
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
    new FieldErrors()
        .rejectIf(
            ids == null || ids.isEmpty() || ids.size() > MAX_BULK_EDIT,
            "calls",
            "Select 1 to " + MAX_BULK_EDIT + " calls")
        .rejectIf(change == null || change.changesNothing(), "change", "Choose what to set")
        .throwIfAny();
    List<String> broken = new ArrayList<>();
    List<Reclassified> changes = new ArrayList<>();
    for (UUID id : new LinkedHashSet<>(ids)) {
      Call call = visibleCall(id);
      CallDraft after = change.appliedTo(call.toDraft());
      FieldErrors errors = CallRules.check(after);
      LossReason reason = lossReason(after, call.getLossReason(), errors);
      errors.messages().stream()
          .findFirst()
          .ifPresent(message -> broken.add(call.getProspectName() + ": " + message));
      changes.add(new Reclassified(call, after, reason));
    }
    if (!broken.isEmpty()) {
      throw InvalidInputException.of("calls", "Nothing was saved. " + summary(broken));
    }
    changes.forEach(
        c -> c.call().reclassify(c.after().getStatus(), c.after().getOutcome(), c.reason()));
    return changes.size();
  }

  private record Reclassified(Call call, CallDraft after, LossReason reason) {}

  /** The first few broken rows, so the message stays readable for a whole page of them. */
  private static String summary(List<String> broken) {
    int shown = Math.min(broken.size(), 10);
    String more = broken.size() > shown ? "; and " + (broken.size() - shown) + " more" : "";
    return String.join("; ", broken.subList(0, shown)) + more;
  }

  @RolesAllowed({Roles.CEO, Roles.ADMIN})
  @KeyScope(KeyScopes.CALLS_WRITE)
  public void delete(UUID id) {
    entityManager.remove(visibleCall(id));
  }

  private Call visibleCall(UUID id) {
    Call call = id == null ? null : entityManager.find(Call.class, id);
    UUID onlyOwner = onlyOwnCalls();
    if (call == null || (onlyOwner != null && !onlyOwner.equals(call.getOwner().getId()))) {
      throw new NotFoundException("Call");
    }
    return call;
  }

  /** A sales rep owns what they log; admin and ceo assign any active rep of the client. */
  private User owner(CallDraft draft, User current, FieldErrors errors) {
    UUID onlyOwner = onlyOwnCalls();
    if (onlyOwner != null) {
      return entityManager.find(User.class, onlyOwner);
    }
    User owner =
        draft.getOwnerId() == null ? null : entityManager.find(User.class, draft.getOwnerId());
    boolean usable =
        owner != null
            && CallRules.mayHave(
                owner.getId(),
                owner.isActive() && owner.getRole() == Role.SALES,
                current == null ? null : current.getId());
    errors.rejectIf(!usable, "ownerId", "Choose an active sales rep of your team");
    return owner;
  }

  /** An inactive reason stays on the calls that have it, but is not given to others. */
  private LossReason lossReason(CallDraft draft, LossReason current, FieldErrors errors) {
    if (draft.getLossReasonId() == null) {
      return null;
    }
    LossReason reason = entityManager.find(LossReason.class, draft.getLossReasonId());
    boolean usable =
        reason != null
            && CallRules.mayHave(
                reason.getId(), reason.isActive(), current == null ? null : current.getId());
    errors.rejectIf(!usable, "lossReasonId", "Choose a loss reason from the list");
    return reason;
  }

  /** The caller's own id when they may only see their own calls, else null. */
  private UUID onlyOwnCalls() {
    return (context.role() == Role.SALES) ? context.caller().userId() : null;
  }
}
