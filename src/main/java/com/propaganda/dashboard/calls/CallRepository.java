package com.propaganda.dashboard.calls;

import static com.propaganda.dashboard.database.SqlArrays.texts;

import com.propaganda.dashboard.tenancy.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one writer of {@code calls}: a call from the form or the API is a batch of one, a bulk edit
 * or an import's batch a few hundred; either way one statement, its values as one array per column.
 * The callers have asked {@link CallPolicy}. The audit, rollup and webhook triggers see every row.
 */
@ApplicationScoped
public class CallRepository {

  /** The batch as a table, one array per column in the order of {@link #values}. */
  private static final String BATCH =
      """
      unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
             ?::text[], ?::uuid[], ?::text[], ?::int[], ?::timestamptz[], ?::timestamptz[],
             ?::text[])
        AS u(id, rep, prospect, email, phone, type, status, outcome, reason, notes, duration,
             scheduled, completed, external)""";

  private static final String CREATE =
      """
      INSERT INTO calls (id, client_id, user_id, prospect_name, prospect_email, prospect_phone,
          call_type, status, outcome, loss_reason_id, notes, call_duration, scheduled_at,
          completed_at, external_id, created_at, updated_at)
      SELECT u.id, current_tenant(), u.rep, u.prospect, u.email, u.phone, u.type, u.status,
          u.outcome, u.reason, u.notes, u.duration, u.scheduled, u.completed, u.external, now(),
          now()
      FROM %s"""
          .formatted(BATCH);

  private static final String SET_EVERY_FIELD =
      """
      user_id = u.rep, prospect_name = u.prospect, prospect_email = u.email,
          prospect_phone = u.phone, call_type = u.type, status = u.status, outcome = u.outcome,
          loss_reason_id = u.reason, notes = u.notes, call_duration = u.duration,
          scheduled_at = u.scheduled, completed_at = u.completed, external_id = u.external,
          updated_at = now()""";

  private static final String UPDATE =
      "UPDATE calls c SET %s FROM %s WHERE c.id = u.id".formatted(SET_EVERY_FIELD, BATCH);

  /** The row as it was is answered for the import's revert; every statement sees it unchanged. */
  private static final String UPDATE_ANSWERING_BEFORE =
      """
      WITH u AS (SELECT * FROM %s),
      before AS (
          SELECT c.id, to_jsonb(c) - 'search_text' - 'placed_at' AS row
          FROM calls c JOIN u ON u.id = c.id)
      UPDATE calls c SET %s
      FROM u JOIN before ON before.id = u.id
      WHERE c.id = u.id
      RETURNING c.id, before.row::text AS before"""
          .formatted(BATCH, SET_EVERY_FIELD);

  /** Null for the time deletes and restores every named call, changed since or not. */
  private static final String UNCHANGED_SINCE =
      "(?::timestamptz IS NULL OR c.updated_at <= ?::timestamptz)";

  private static final String DELETE =
      "DELETE FROM calls c WHERE c.id = ANY (?::uuid[]) AND " + UNCHANGED_SINCE;

  private static final String RESTORE =
      """
      UPDATE calls c SET user_id = b.user_id, prospect_name = b.prospect_name,
          prospect_email = b.prospect_email, prospect_phone = b.prospect_phone,
          call_type = b.call_type, status = b.status, outcome = b.outcome,
          loss_reason_id = b.loss_reason_id, notes = b.notes, call_duration = b.call_duration,
          scheduled_at = b.scheduled_at, completed_at = b.completed_at,
          external_id = b.external_id, updated_at = now()
      FROM unnest(?::jsonb[]) AS r(row), jsonb_populate_record(NULL::calls, r.row) b
      WHERE c.id = b.id AND %s"""
          .formatted(UNCHANGED_SINCE);

  @Inject private TenantSql sql;

  @Inject private Event<CallsWritten> written;

  public void create(List<IdentifiedCall> calls) {
    if (!calls.isEmpty()) {
      sql.update(CREATE, values(calls));
      wrote();
    }
  }

  /** Overwrites the calls. */
  public void update(List<IdentifiedCall> calls) {
    if (!calls.isEmpty()) {
      sql.update(UPDATE, values(calls));
      wrote();
    }
  }

  /**
   * Overwrites the calls, and answers each one's row as it was before, as JSON, by id: what an
   * import journals for its revert ({@link #restore}).
   */
  public Map<UUID, String> updateAnsweringBefore(List<IdentifiedCall> calls) {
    Map<UUID, String> before = new HashMap<>();
    if (!calls.isEmpty()) {
      sql.updateReturning(
          UPDATE_ANSWERING_BEFORE,
          values(calls),
          row -> before.put(row.getObject("id", UUID.class), row.getString("before")));
      wrote();
    }
    return before;
  }

  /**
   * Deletes the calls; with {@code unchangedSince}, only those not changed after it.
   *
   * @return how many were deleted
   */
  public int delete(Collection<UUID> ids, OffsetDateTime unchangedSince) {
    return ids.isEmpty()
        ? 0
        : wrote(sql.update(DELETE, withSince(texts(ids, id -> id), unchangedSince)));
  }

  /**
   * Puts calls back as {@link #updateAnsweringBefore} answered them before; with {@code
   * unchangedSince}, only those not changed after it.
   *
   * @return how many were restored
   */
  public int restore(Collection<String> before, OffsetDateTime unchangedSince) {
    return before.isEmpty()
        ? 0
        : wrote(sql.update(RESTORE, withSince(before.toArray(String[]::new), unchangedSince)));
  }

  private void wrote() {
    written.fire(new CallsWritten(sql.clientId()));
  }

  private int wrote(int rows) {
    if (rows > 0) {
      wrote();
    }
    return rows;
  }

  private static List<Object> values(List<IdentifiedCall> calls) {
    return List.of(
        texts(calls, IdentifiedCall::id),
        texts(calls, c -> c.call().getOwnerId()),
        texts(calls, c -> c.call().getProspectName()),
        texts(calls, c -> c.call().getProspectEmail()),
        texts(calls, c -> c.call().getProspectPhone()),
        texts(calls, c -> c.call().getType()),
        texts(calls, c -> c.call().getStatus()),
        texts(calls, c -> c.call().getOutcome()),
        texts(calls, c -> c.call().getLossReasonId()),
        texts(calls, c -> c.call().getNotes()),
        texts(calls, c -> c.call().getDurationSeconds()),
        texts(calls, c -> c.call().getScheduledAt()),
        texts(calls, c -> c.call().getCompletedAt()),
        texts(calls, c -> c.call().getExternalId()));
  }

  /** The named rows, then the time twice, as {@link #UNCHANGED_SINCE} reads it. */
  private static List<Object> withSince(String[] rows, OffsetDateTime unchangedSince) {
    String since = unchangedSince == null ? null : unchangedSince.toString();
    return Arrays.asList(rows, since, since);
  }
}
