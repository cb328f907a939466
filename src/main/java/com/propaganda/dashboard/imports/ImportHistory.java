package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.calls.CallRepository;
import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The client's imports as {@link ImportService} reads and reverts them, and its saved mappings; run
 * inside the service's transaction, under row-level security.
 */
@ApplicationScoped
class ImportHistory {

  private static final String SUMMARY =
      """
      SELECT i.id, i.file_name, u.name AS user_name, i.state, i.rows_total, i.created_count,
          i.updated_count, i.skipped_count, i.failure, i.started_at, i.committed_at,
          i.state = 'committed' AND i.committed_at > now() - interval '30 days' AS revertible
          FROM imports i JOIN users u ON u.id = i.user_id""";

  /** Calls of the import, with whether each was changed after the import committed. */
  private static final String CHANGED =
      """
       FROM import_changes ch JOIN imports i ON i.id = ch.import_id
          JOIN calls c ON c.id = ch.call_id
      WHERE ch.import_id = ? AND c.updated_at > i.committed_at""";

  private static final int REVERT_PAGE = 1000;

  private static final String JOURNAL_PAGE =
      """
      SELECT call_id, before::text AS before FROM import_changes
      WHERE import_id = ? AND call_id > ? ORDER BY call_id LIMIT ?""";

  @Inject private TenantSql sql;

  @Inject private CallRepository calls;

  @Inject private CallerContext context;

  /** Records the import as running; answers its id. */
  UUID begin(UploadedFile file, ImportMapping mapping) {
    UUID importId = UUID.randomUUID();
    sql.update(
        """
        INSERT INTO imports (id, client_id, user_id, file_name, file_sha256, mapping)
        VALUES (?, current_tenant(), ?, ?, ?, ?)""",
        List.of(importId, context.caller().userId(), file.name(), file.sha256(), mapping.toJson()));
    return importId;
  }

  /**
   * Held until the transaction ends, also when the server dies: while it is held, no server takes
   * the import for interrupted ({@code fail_interrupted_imports()}).
   */
  void holdWhileRunning(UUID importId) {
    sql.query(
        "SELECT pg_advisory_xact_lock(hashtext('import'), hashtext(?::text))",
        List.of(importId.toString()),
        row -> true);
  }

  void committed(UUID importId, ImportWriter writer) {
    sql.update(
        """
        UPDATE imports SET state = 'committed', rows_total = ?, created_count = ?,
            updated_count = ?, skipped_count = ?, committed_at = clock_timestamp()
        WHERE id = ?""",
        List.of(writer.rows(), writer.created(), writer.updated(), writer.skipped(), importId));
  }

  /**
   * @throws NotFoundException when the import is not running (any more)
   */
  void ended(UUID importId, String state, String failure) {
    int ended =
        sql.update(
            "UPDATE imports SET state = ?, failure = ? WHERE id = ? AND state = 'running'",
            List.of(state, failure, importId));
    if (ended == 0) {
      throw new NotFoundException("Running import");
    }
  }

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

  /**
   * Undoes the import's changes, a page of its journal at a time; calls changed since only if
   * {@code alsoChanged}.
   */
  int revert(ImportSummary imported, boolean alsoChanged) {
    OffsetDateTime unchangedSince = alsoChanged ? null : imported.committedAt();
    int reverted = 0;
    UUID after = new UUID(0, 0);
    List<JournalEntry> page;
    do {
      page = sql.query(JOURNAL_PAGE, List.of(imported.id(), after, REVERT_PAGE), JournalEntry::of);
      List<UUID> created =
          page.stream().filter(entry -> entry.before() == null).map(JournalEntry::callId).toList();
      List<String> updated =
          page.stream().map(JournalEntry::before).filter(Objects::nonNull).toList();
      reverted += calls.delete(created, unchangedSince) + calls.restore(updated, unchangedSince);
      after = page.isEmpty() ? after : page.get(page.size() - 1).callId();
    } while (page.size() == REVERT_PAGE);
    sql.update(
        "UPDATE imports SET state = 'reverted', reverted_at = clock_timestamp() WHERE id = ?",
        List.of(imported.id()));
    return reverted;
  }

  /** A call the import created (no row from before) or updated. */
  private record JournalEntry(UUID callId, String before) {
    static JournalEntry of(ResultSet row) throws SQLException {
      return new JournalEntry(row.getObject("call_id", UUID.class), row.getString("before"));
    }
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
        """
        INSERT INTO import_mappings (id, client_id, name, mapping)
            VALUES (gen_random_uuid(), current_tenant(), ?, ?)
            ON CONFLICT (client_id, name) DO UPDATE SET mapping = EXCLUDED.mapping""",
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
