package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.platform.InvalidInputException;
import com.propaganda.dashboard.platform.NotFoundException;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The client's imports as {@link ImportService} reads and reverts them, and its saved mappings; run
 * inside the service's transaction, under row-level security.
 */
@ApplicationScoped
class ImportHistory {

  private static final String SUMMARY =
      "SELECT i.id, i.file_name, u.name AS user_name, i.state, i.rows_total, i.created_count,"
          + " i.updated_count, i.skipped_count, i.failure, i.started_at, i.committed_at,"
          + " i.state = 'committed' AND i.committed_at > now() - interval '30 days' AS revertible"
          + " FROM imports i JOIN users u ON u.id = i.user_id";

  /** Calls of the import, with whether each was changed after the import committed. */
  private static final String CHANGED =
      " FROM import_changes ch JOIN imports i ON i.id = ch.import_id"
          + " JOIN calls c ON c.id = ch.call_id"
          + " WHERE ch.import_id = ? AND c.updated_at > i.committed_at";

  @Inject private TenantSql sql;

  @Inject private CallerContext context;

  List<ImportSummary> list() {
    return sql.query(SUMMARY + " ORDER BY i.started_at DESC LIMIT 50", List.of(), this::summary);
  }

  ImportSummary find(UUID importId) {
    return sql.query(SUMMARY + " WHERE i.id = ?", List.of(importId), this::summary).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Import"));
  }

  /** The import, if it can still be reverted. */
  ImportSummary revertible(UUID importId) {
    ImportSummary imported = find(importId);
    if (!imported.revertible()) {
      throw InvalidInputException.of(
          "import", "Only a committed import of the last 30 days can be reverted");
    }
    return imported;
  }

  List<ChangedCall> changedSince(ImportSummary imported) {
    return sql.query(
        "SELECT c.id, c.prospect_name, c.updated_at" + CHANGED + " ORDER BY c.updated_at DESC",
        List.of(imported.id()),
        row ->
            new ChangedCall(
                row.getObject("id", UUID.class),
                row.getString("prospect_name"),
                row.getObject("updated_at", OffsetDateTime.class)
                    .atZoneSameInstant(context.zone())
                    .toOffsetDateTime()));
  }

  /** Undoes the import's changes; calls changed since only if {@code alsoChanged}. */
  int revert(ImportSummary imported, boolean alsoChanged) {
    List<Object> parameters = List.of(imported.id(), alsoChanged);
    String untouched = " AND (? OR c.updated_at <= i.committed_at)";
    int deleted =
        sql.update(
            "DELETE FROM calls c USING import_changes ch, imports i"
                + " WHERE ch.import_id = ? AND i.id = ch.import_id AND ch.action = 'created'"
                + " AND c.id = ch.call_id"
                + untouched,
            parameters);
    int restored =
        sql.update(
            "UPDATE calls c SET user_id = b.user_id, prospect_name = b.prospect_name,"
                + " prospect_email = b.prospect_email, prospect_phone = b.prospect_phone,"
                + " call_type = b.call_type, status = b.status, outcome = b.outcome,"
                + " loss_reason_id = b.loss_reason_id, notes = b.notes,"
                + " call_duration = b.call_duration, scheduled_at = b.scheduled_at,"
                + " completed_at = b.completed_at, external_id = b.external_id, updated_at = now()"
                + " FROM import_changes ch JOIN imports i ON i.id = ch.import_id,"
                + " jsonb_populate_record(NULL::calls, ch.before) b"
                + " WHERE ch.import_id = ? AND ch.action = 'updated' AND c.id = ch.call_id"
                + untouched,
            parameters);
    sql.update(
        "UPDATE imports SET state = 'reverted', reverted_at = clock_timestamp() WHERE id = ?",
        List.of(imported.id()));
    return deleted + restored;
  }

  List<SavedMapping> mappings() {
    return sql.query(
        "SELECT id, name, mapping FROM import_mappings ORDER BY name",
        List.of(),
        row ->
            new SavedMapping(
                row.getObject("id", UUID.class),
                row.getString("name"),
                ImportMapping.fromJson(row.getString("mapping"))));
  }

  void saveMapping(String name, ImportMapping mapping) {
    sql.update(
        "INSERT INTO import_mappings (id, client_id, name, mapping)"
            + " VALUES (gen_random_uuid(), current_tenant(), ?, ?)"
            + " ON CONFLICT (client_id, name) DO UPDATE SET mapping = EXCLUDED.mapping",
        List.of(name, mapping.toJson()));
  }

  private ImportSummary summary(ResultSet row) throws SQLException {
    OffsetDateTime committed = row.getObject("committed_at", OffsetDateTime.class);
    return new ImportSummary(
        row.getObject("id", UUID.class),
        row.getString("file_name"),
        row.getString("user_name"),
        row.getString("state"),
        row.getLong("rows_total"),
        row.getLong("created_count"),
        row.getLong("updated_count"),
        row.getLong("skipped_count"),
        row.getString("failure"),
        inZone(row.getObject("started_at", OffsetDateTime.class)),
        committed == null ? null : inZone(committed),
        row.getBoolean("revertible"));
  }

  private OffsetDateTime inZone(OffsetDateTime time) {
    return time.atZoneSameInstant(context.zone()).toOffsetDateTime();
  }
}
