package com.propaganda.dashboard.calls;

import static com.propaganda.dashboard.database.SqlArrays.texts;

import com.propaganda.dashboard.database.DatabaseCodeConverter;
import com.propaganda.dashboard.platform.DatabaseCode;
import com.propaganda.dashboard.tenancy.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Calls already logged, read as drafts for a change of many at once (bulk edit, an import's batch):
 * by id, by external id, and those a new call looks like.
 */
@ApplicationScoped
public class ExistingCalls {

  private static final String COLUMNS =
      """
      SELECT c.id, c.external_id, c.user_id, c.prospect_name, c.prospect_email,
          c.prospect_phone, c.call_type, c.status, c.outcome, c.loss_reason_id, c.notes,
          c.call_duration, c.scheduled_at, c.completed_at
      FROM calls c""";

  /** A call logged with the same email or phone at the same time looks like the same call. */
  private static final String LIKELY_DUPLICATES =
      """
      SELECT u.n FROM unnest(?::int[], ?::text[], ?::text[], ?::timestamptz[]) AS u(n, email, phone, at)
      WHERE EXISTS (SELECT 1 FROM calls c WHERE c.client_id = ?
              AND c.prospect_email = u.email AND c.scheduled_at = u.at
              AND c.prospect_email IS NOT NULL)
         OR EXISTS (SELECT 1 FROM calls c WHERE c.client_id = ?
              AND c.prospect_phone = u.phone AND c.scheduled_at = u.at
              AND c.prospect_phone IS NOT NULL)""";

  @Inject private TenantSql sql;

  /** The client's calls with these ids, as drafts, by id. */
  public Map<UUID, CallDraft> drafts(Collection<UUID> ids) {
    Map<UUID, CallDraft> calls = new HashMap<>();
    if (!ids.isEmpty()) {
      sql.query(
          COLUMNS + " WHERE c.id = ANY (?::uuid[])",
          List.of((Object) texts(ids, id -> id)),
          row -> calls.put(row.getObject("id", UUID.class), draft(row)));
    }
    return calls;
  }

  /** The client's calls with these external ids, by external id. */
  public Map<String, IdentifiedCall> byExternalId(Collection<String> externalIds) {
    Map<String, IdentifiedCall> calls = new HashMap<>();
    if (!externalIds.isEmpty()) {
      sql.query(
          COLUMNS + " WHERE c.client_id = ? AND c.external_id = ANY (?::text[])",
          List.of(sql.clientId(), externalIds.toArray(String[]::new)),
          row ->
              calls.put(
                  row.getString("external_id"),
                  new IdentifiedCall(row.getObject("id", UUID.class), draft(row))));
    }
    return calls;
  }

  /** The positions in {@code calls} of those that look like a call already logged. */
  public Set<Integer> likelyDuplicates(List<CallDraft> calls) {
    Set<Integer> duplicates = new HashSet<>();
    if (!calls.isEmpty()) {
      String[] positions = new String[calls.size()];
      for (int i = 0; i < positions.length; i++) {
        positions[i] = Integer.toString(i);
      }
      sql.query(
          LIKELY_DUPLICATES,
          List.of(
              positions,
              texts(calls, CallDraft::getProspectEmail),
              texts(calls, CallDraft::getProspectPhone),
              texts(calls, CallDraft::getScheduledAt),
              sql.clientId(),
              sql.clientId()),
          row -> duplicates.add(row.getInt(1)));
    }
    return duplicates;
  }

  private static CallDraft draft(ResultSet row) throws SQLException {
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
    draft.setExternalId(row.getString("external_id"));
    return draft;
  }

  private static <E extends Enum<E> & DatabaseCode> E decode(Class<E> codes, String code) {
    return code == null ? null : DatabaseCodeConverter.fromCode(codes, code);
  }
}
