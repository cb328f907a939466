package com.propaganda.dashboard.imports;

import static com.propaganda.dashboard.database.SqlArrays.texts;

import com.propaganda.dashboard.tenancy.TenantSql;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The import's own statements, a batch of rows each: what rows name (reps, loss reasons), and the
 * journal of the calls it changed, from which it is reverted. The calls themselves are written by
 * {@link com.propaganda.dashboard.calls.CallRepository}, the loss reasons a file adds by {@link
 * com.propaganda.dashboard.lossreasons.LossReasonRepository}.
 */
final class ImportSql {

  private static final String JOURNAL_CREATED =
      """
      INSERT INTO import_changes (import_id, client_id, call_id, action)
      SELECT ?, current_tenant(), id, 'created' FROM unnest(?::uuid[]) AS id""";

  private static final String JOURNAL_UPDATED =
      """
      INSERT INTO import_changes (import_id, client_id, call_id, action, before)
      SELECT ?, current_tenant(), u.id, 'updated', u.before
      FROM unnest(?::uuid[], ?::jsonb[]) AS u(id, before)""";

  private final TenantSql sql;

  ImportSql(TenantSql sql) {
    this.sql = sql;
  }

  /** The client's users by email and loss reasons by name. */
  ClientLookups lookups() {
    ClientLookups lookups = new ClientLookups();
    sql.query(
        "SELECT id, email, is_active AND role = 'sales' AS assignable FROM users",
        List.of(),
        row -> {
          lookups.addRep(
              row.getObject("id", UUID.class), row.getString("email"), row.getBoolean(3));
          return null;
        });
    sql.query(
        "SELECT id, name, is_active FROM loss_reasons",
        List.of(),
        row -> {
          lookups.addLossReason(
              row.getObject("id", UUID.class), row.getString("name"), row.getBoolean(3));
          return null;
        });
    return lookups;
  }

  /** Remembers the calls as created by the import. */
  void journalCreated(UUID importId, List<UUID> callIds) {
    if (!callIds.isEmpty()) {
      sql.update(JOURNAL_CREATED, List.of(importId, texts(callIds, id -> id)));
    }
  }

  /** Remembers each call's row from before the import changed it, by call id. */
  void journalUpdated(UUID importId, Map<UUID, String> before) {
    if (!before.isEmpty()) {
      List<UUID> ids = List.copyOf(before.keySet());
      sql.update(JOURNAL_UPDATED, List.of(importId, texts(ids, id -> id), texts(ids, before::get)));
    }
  }
}
