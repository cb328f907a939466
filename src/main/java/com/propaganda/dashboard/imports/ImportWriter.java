package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.calls.CallRepository;
import com.propaganda.dashboard.calls.IdentifiedCall;
import com.propaganda.dashboard.lossreasons.LossReasonRepository;
import com.propaganda.dashboard.platform.JsonFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes the sorted batches of a commit in the import's transaction: adds the loss reasons rows
 * name, then creates and updates the calls. A batch with a row error stops the import: all rows or
 * none.
 */
final class ImportWriter implements ImportPass.Batches {

  private final UUID importId;
  private final ImportSql sql;
  private final CallRepository calls;
  private final LossReasonRepository lossReasons;
  private final ImportProgress progress;
  private final Map<String, UUID> addedReasons = new HashMap<>();
  private long rows;
  private long created;
  private long updated;
  private long skipped;

  ImportWriter(
      UUID importId,
      ImportSql sql,
      CallRepository calls,
      LossReasonRepository lossReasons,
      ImportProgress progress) {
    this.importId = importId;
    this.sql = sql;
    this.calls = calls;
    this.lossReasons = lossReasons;
    this.progress = progress;
  }

  @Override
  public void accept(ImportPass.Batch batch) {
    progress.checkNotCancelled();
    if (!batch.errors().isEmpty()) {
      RowError first = batch.errors().get(0);
      throw new ImportFileException(
          String.format(
              "Row %d has an error (%s: %s): nothing was imported. Check the file again.",
              first.row(), first.column(), first.message()));
    }
    addLossReasons(batch);
    calls.create(identified(batch.creates(), batch.createIds()));
    sql.journalCreated(importId, batch.createIds());
    sql.journalUpdated(
        importId, calls.updateAnsweringBefore(identified(batch.updates(), batch.updateIds())));
    rows = batch.rowsRead();
    created += batch.creates().size();
    updated += batch.updates().size();
    skipped += batch.skippedDuplicates().size();
    progress.wrote(rows);
  }

  private void addLossReasons(ImportPass.Batch batch) {
    List<ImportRow> naming =
        Stream.concat(batch.creates().stream(), batch.updates().stream())
            .filter(row -> row.newLossReason() != null)
            .toList();
    List<String> missing =
        naming.stream()
            .map(ImportRow::newLossReason)
            .filter(name -> !addedReasons.containsKey(ClientLookups.key(name)))
            .distinct()
            .toList();
    lossReasons
        .addMissing(missing)
        .forEach((name, id) -> addedReasons.put(ClientLookups.key(name), id));
    for (ImportRow row : naming) {
      row.call()
          .setLossReasonId(
              Objects.requireNonNull(addedReasons.get(ClientLookups.key(row.newLossReason()))));
    }
  }

  private static List<IdentifiedCall> identified(List<ImportRow> rows, List<UUID> ids) {
    return IntStream.range(0, rows.size())
        .mapToObj(i -> new IdentifiedCall(ids.get(i), rows.get(i).call()))
        .toList();
  }

  /** What the import event records: the file, its hash, the mapping and the counts. */
  JsonObjectBuilder report(UploadedFile file, ImportMapping mapping) {
    return JsonFactory.object()
        .add("file", file.name())
        .add("sha256", file.sha256())
        .add("mapping", mapping.toJson())
        .add("rows", rows)
        .add("created", created)
        .add("updated", updated)
        .add("skipped", skipped);
  }

  long rows() {
    return rows;
  }

  long created() {
    return created;
  }

  long updated() {
    return updated;
  }

  long skipped() {
    return skipped;
  }
}
