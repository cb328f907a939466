package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.calls.CallDraft;
import com.propaganda.dashboard.calls.CallOutcome;
import com.propaganda.dashboard.calls.CallStatus;
import com.propaganda.dashboard.calls.CallType;
import com.propaganda.dashboard.platform.DatabaseCode;
import com.propaganda.dashboard.platform.DatabaseCodeConverter;
import com.propaganda.dashboard.tenancy.TenantSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The statements of an import, a batch of rows each: arrays of the batch's values go in one
 * statement, so a batch costs a few round trips whatever its size.
 */
final class ImportSql {

  private static final String CALL_COLUMNS =
      "c.id, c.external_id, c.user_id, c.prospect_name, c.prospect_email, c.prospect_phone,"
          + " c.call_type, c.status, c.outcome, c.loss_reason_id, c.notes, c.call_duration,"
          + " c.scheduled_at, c.completed_at";

  /** The rows of a batch as a table: one array per column, in the order of {@link #values}. */
  private static final String ROWS =
      "unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
          + " ?::text[], ?::uuid[], ?::text[], ?::int[], ?::timestamptz[], ?::timestamptz[],"
          + " ?::text[]) AS u(id, rep, prospect, email, phone, type, status, outcome, reason,"
          + " notes, duration, scheduled, completed, external)";

  private final TenantSql sql;

  ImportSql(TenantSql sql) {
    this.sql = sql;
  }

  /** The calls of the client with these ids, as their forms show them. */
  Map<UUID, CallDraft> callsById(Collection<UUID> ids) {
    Map<UUID, CallDraft> calls = new HashMap<>();
    if (!ids.isEmpty()) {
      sql.query(
          "SELECT " + CALL_COLUMNS + " FROM calls c WHERE c.id = ANY (?::uuid[])",
          List.of((Object) texts(ids, UUID::toString)),
          row -> calls.put(row.getObject("id", UUID.class), draft(row)));
    }
    return calls;
  }

  /** The client's calls with these external ids: their ids and forms, by external id. */
  Map<String, Existing> callsByExternalId(Collection<String> externalIds) {
    Map<String, Existing> calls = new HashMap<>();
    if (!externalIds.isEmpty()) {
      sql.query(
          "SELECT "
              + CALL_COLUMNS
              + " FROM calls c WHERE c.client_id = ? AND c.external_id = ANY (?)",
          List.of(sql.clientId(), externalIds.toArray(String[]::new)),
          row ->
              calls.put(
                  row.getString("external_id"),
                  new Existing(row.getObject("id", UUID.class), draft(row))));
    }
    return calls;
  }

  /** A call already logged, which a row of the file updates. */
  record Existing(UUID id, CallDraft draft) {}

  /**
   * The numbers of the rows that look like a call already logged: same email or phone, same time.
   */
  Set<Long> likelyDuplicates(List<ImportRow> rows) {
    Set<Long> duplicates = new HashSet<>();
    if (rows.isEmpty()) {
      return duplicates;
    }
    sql.query(
        "SELECT u.n FROM unnest(?::bigint[], ?::text[], ?::text[], ?::timestamptz[]) AS u(n, email, phone, at)"
            + " WHERE EXISTS (SELECT 1 FROM calls c WHERE c.client_id = ? AND c.prospect_email = u.email"
            + "   AND c.scheduled_at = u.at AND c.prospect_email IS NOT NULL)"
            + " OR EXISTS (SELECT 1 FROM calls c WHERE c.client_id = ? AND c.prospect_phone = u.phone"
            + "   AND c.scheduled_at = u.at AND c.prospect_phone IS NOT NULL)",
        List.of(
            texts(rows, row -> Long.toString(row.number())),
            texts(rows, row -> row.call().getProspectEmail()),
            texts(rows, row -> row.call().getProspectPhone()),
            texts(rows, row -> instant(row.call().getScheduledAt())),
            sql.clientId(),
            sql.clientId()),
        row -> duplicates.add(row.getLong(1)));
    return duplicates;
  }

  /** Adds loss reasons the file names and the catalogue lacks; answers their ids by name. */
  Map<String, UUID> addLossReasons(Collection<String> names) {
    Map<String, UUID> added = new HashMap<>();
    if (names.isEmpty()) {
      return added;
    }
    String[] wanted = names.toArray(String[]::new);
    sql.update(
        "INSERT INTO loss_reasons (id, client_id, name, description)"
            + " SELECT gen_random_uuid(), current_tenant(), n, 'Added by an import'"
            + " FROM unnest(?::text[]) AS n ON CONFLICT (client_id, name) DO NOTHING",
        List.of((Object) wanted));
    sql.query(
        "SELECT id, name FROM loss_reasons WHERE name = ANY (?::text[])",
        List.of((Object) wanted),
        row ->
            added.put(ClientLookups.key(row.getString("name")), row.getObject("id", UUID.class)));
    return added;
  }

  /** The client's reps by email and loss reasons by name. */
  ClientLookups lookups() {
    Map<String, ClientLookups.Rep> reps = new HashMap<>();
    sql.query(
        "SELECT id, lower(email) AS email, is_active AND role = 'sales' AS assignable FROM users",
        List.of(),
        row ->
            reps.put(
                row.getString("email"),
                new ClientLookups.Rep(
                    row.getObject("id", UUID.class), row.getBoolean("assignable"))));
    Map<String, ClientLookups.Reason> reasons = new HashMap<>();
    sql.query(
        "SELECT id, name, is_active FROM loss_reasons",
        List.of(),
        row ->
            reasons.put(
                ClientLookups.key(row.getString("name")),
                new ClientLookups.Reason(
                    row.getObject("id", UUID.class), row.getBoolean("is_active"))));
    return new ClientLookups(reps, reasons);
  }

  /** Logs the rows as new calls, remembered as created by the import. */
  void create(UUID importId, List<ImportRow> rows, List<UUID> ids) {
    if (rows.isEmpty()) {
      return;
    }
    sql.update(
        "WITH new_calls AS ("
            + " INSERT INTO calls (id, client_id, user_id, prospect_name, prospect_email,"
            + "  prospect_phone, call_type, status, outcome, loss_reason_id, notes, call_duration,"
            + "  scheduled_at, completed_at, external_id, created_at, updated_at)"
            + " SELECT u.id, current_tenant(), u.rep, u.prospect, u.email, u.phone, u.type, u.status, u.outcome,"
            + "  u.reason, u.notes, u.duration, u.scheduled, u.completed, u.external, now(), now()"
            + " FROM "
            + ROWS
            + " RETURNING id)"
            + " INSERT INTO import_changes (import_id, client_id, call_id, action)"
            + " SELECT ?, current_tenant(), id, 'created' FROM new_calls",
        values(rows, ids, importId));
  }

  /**
   * Overwrites the calls with the rows' values, remembering each call's values from before so the
   * import can be reverted.
   */
  void update(UUID importId, List<ImportRow> rows, List<UUID> ids) {
    if (rows.isEmpty()) {
      return;
    }
    sql.update(
        "WITH u AS (SELECT * FROM "
            + ROWS
            + "),"
            + " before AS (INSERT INTO import_changes (import_id, client_id, call_id, action, before)"
            + "  SELECT ?, current_tenant(), c.id, 'updated', to_jsonb(c) - 'search_text' - 'placed_at'"
            + "  FROM calls c JOIN u ON u.id = c.id RETURNING call_id)"
            + " UPDATE calls c SET user_id = u.rep, prospect_name = u.prospect,"
            + "  prospect_email = u.email, prospect_phone = u.phone, call_type = u.type,"
            + "  status = u.status, outcome = u.outcome, loss_reason_id = u.reason, notes = u.notes,"
            + "  call_duration = u.duration, scheduled_at = u.scheduled, completed_at = u.completed,"
            + "  external_id = u.external, updated_at = now()"
            + " FROM u WHERE u.id = c.id AND c.id IN (SELECT call_id FROM before)",
        values(rows, ids, importId));
  }

  /** The rows' values, a column's array after another, then the import. */
  private List<Object> values(List<ImportRow> rows, List<UUID> ids, UUID importId) {
    return List.of(
        texts(ids, UUID::toString),
        texts(rows, row -> Objects.toString(row.call().getOwnerId(), null)),
        texts(rows, row -> row.call().getProspectName()),
        texts(rows, row -> row.call().getProspectEmail()),
        texts(rows, row -> row.call().getProspectPhone()),
        texts(rows, row -> code(row.call().getType())),
        texts(rows, row -> code(row.call().getStatus())),
        texts(rows, row -> code(row.call().getOutcome())),
        texts(rows, row -> Objects.toString(row.call().getLossReasonId(), null)),
        texts(rows, row -> row.call().getNotes()),
        texts(rows, row -> Objects.toString(row.call().getDurationSeconds(), null)),
        texts(rows, row -> instant(row.call().getScheduledAt())),
        texts(rows, row -> instant(row.call().getCompletedAt())),
        texts(rows, ImportRow::externalId),
        importId);
  }

  private CallDraft draft(ResultSet row) throws SQLException {
    CallDraft draft = new CallDraft();
    draft.setOwnerId(row.getObject("user_id", UUID.class));
    draft.setProspectName(row.getString("prospect_name"));
    draft.setProspectEmail(row.getString("prospect_email"));
    draft.setProspectPhone(row.getString("prospect_phone"));
    draft.setType(decode(CallType.class, row.getString("call_type")));
    draft.setStatus(decode(CallStatus.class, row.getString("status")));
    draft.setOutcome(decode(CallOutcome.class, row.getString("outcome")));
    draft.setLossReasonId(row.getObject("loss_reason_id", UUID.class));
    draft.setNotes(row.getString("notes"));
    draft.setDurationSeconds((Integer) row.getObject("call_duration"));
    draft.setScheduledAt(row.getObject("scheduled_at", OffsetDateTime.class));
    draft.setCompletedAt(row.getObject("completed_at", OffsetDateTime.class));
    return draft;
  }

  private static String instant(OffsetDateTime time) {
    return time == null ? null : time.toString();
  }

  private static String code(DatabaseCode value) {
    return value == null ? null : value.code();
  }

  private static <E extends Enum<E> & DatabaseCode> E decode(Class<E> codes, String code) {
    return code == null ? null : DatabaseCodeConverter.fromCode(codes, code);
  }

  private static <T> String[] texts(Collection<T> items, Function<T, String> text) {
    return items.stream().map(text).toArray(String[]::new);
  }
}
