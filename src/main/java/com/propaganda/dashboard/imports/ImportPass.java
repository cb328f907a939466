package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.calls.CallDraft;
import com.propaganda.dashboard.calls.CallPolicy;
import com.propaganda.dashboard.calls.ExistingCalls;
import com.propaganda.dashboard.calls.IdentifiedCall;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One pass over a file: rows in batches of {@link #BATCH}, each checked with the form's rules and
 * sorted into calls to create, calls to update, likely duplicates and errors. The dry run counts
 * the batches; the commit writes them.
 */
final class ImportPass {

  static final int BATCH = 1000;

  /** Receives each sorted batch. */
  interface Batches {
    void accept(Batch batch);
  }

  /** A batch sorted. */
  record Batch(
      List<ImportRow> creates,
      List<UUID> createIds,
      List<ImportRow> updates,
      List<UUID> updateIds,
      List<Long> skippedDuplicates,
      List<RowError> errors,
      long rowsRead) {}

  private record Raw(long number, List<String> cells) {}

  private final ImportMapping mapping;
  private final ClientLookups lookups;
  private final CallPolicy policy;
  private final ZoneId zone;
  private final ExistingCalls calls;
  private final Map<String, Long> externalIdRows = new HashMap<>();
  private final Map<UUID, Long> callIdRows = new HashMap<>();
  private RowChecker checker;
  private long rowsRead;

  ImportPass(
      ImportMapping mapping,
      ClientLookups lookups,
      CallPolicy policy,
      ZoneId zone,
      ExistingCalls calls) {
    this.mapping = mapping;
    this.lookups = lookups;
    this.policy = policy;
    this.zone = zone;
    this.calls = calls;
  }

  /**
   * @throws ImportFileException when the file cannot be read, or its header lacks a mapped column
   */
  void run(ImportTable table, Batches batches) throws IOException {
    List<Raw> pending = new ArrayList<>(BATCH);
    table.read(
        new ImportTable.Rows() {
          @Override
          public void header(List<String> headers) {
            checkColumnsPresent(headers);
            checker = new RowChecker(mapping, headers, lookups, policy, zone);
          }

          @Override
          public void row(long number, List<String> cells) {
            pending.add(new Raw(number, cells));
            if (pending.size() == BATCH) {
              batches.accept(sort(pending));
              pending.clear();
            }
          }
        });
    if (!pending.isEmpty()) {
      batches.accept(sort(pending));
    }
  }

  private void checkColumnsPresent(List<String> headers) {
    mapping
        .columns()
        .forEach(
            (field, header) -> {
              if (!headers.contains(header)) {
                throw new ImportFileException(
                    "The file has no column \""
                        + header
                        + "\" for "
                        + field.header()
                        + ": map it again.");
              }
            });
  }

  private Batch sort(List<Raw> rows) {
    rowsRead += rows.size();
    Map<UUID, CallDraft> byId =
        calls.drafts(
            rows.stream()
                .map(row -> checker.callId(row.cells()))
                .filter(Objects::nonNull)
                .toList());
    Map<String, IdentifiedCall> byExternalId =
        calls.byExternalId(
            rows.stream()
                .map(row -> checker.externalId(row.cells()))
                .filter(Objects::nonNull)
                .toList());
    List<ImportRow> creates = new ArrayList<>();
    List<ImportRow> updates = new ArrayList<>();
    List<UUID> updateIds = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    for (Raw raw : rows) {
      UUID callId = checker.callId(raw.cells());
      String externalId = checker.externalId(raw.cells());
      IdentifiedCall byExternal = externalId == null ? null : byExternalId.get(externalId);
      UUID target = callId != null ? callId : byExternal == null ? null : byExternal.id();
      CallDraft base =
          callId != null ? byId.get(callId) : byExternal == null ? null : byExternal.call();
      RowChecker.Checked checked = checker.check(raw.number(), raw.cells(), base);
      List<RowError> rowErrors = new ArrayList<>(checked.errors());
      if (callId != null && base == null) {
        rowErrors.add(
            rowError(raw, ImportField.ID, callId.toString(), "No call of yours has this id"));
      }
      repeated(raw, externalId, externalIdRows, ImportField.EXTERNAL_ID, rowErrors);
      repeated(raw, target, callIdRows, ImportField.ID, rowErrors);
      if (!rowErrors.isEmpty()) {
        errors.addAll(rowErrors);
      } else if (target != null) {
        updates.add(checked.row());
        updateIds.add(target);
      } else {
        creates.add(checked.row());
      }
    }
    List<Long> skipped = new ArrayList<>();
    if (!mapping.keepDuplicates()) {
      Set<Long> duplicates = likelyDuplicates(creates);
      creates.removeIf(row -> duplicates.contains(row.number()) && skipped.add(row.number()));
    }
    List<UUID> createIds = creates.stream().map(row -> UUID.randomUUID()).toList();
    return new Batch(creates, createIds, updates, updateIds, skipped, errors, rowsRead);
  }

  /** The numbers of the rows that look like a call already logged. */
  private Set<Long> likelyDuplicates(List<ImportRow> creates) {
    List<ImportRow> comparable = creates.stream().filter(ImportRow::canLookLikeAnother).toList();
    return calls.likelyDuplicates(comparable.stream().map(ImportRow::call).toList()).stream()
        .map(position -> comparable.get(position).number())
        .collect(Collectors.toSet());
  }

  /** A second row of the file for the same call would overwrite the first: refused. */
  private <K> void repeated(
      Raw raw, K key, Map<K, Long> seen, ImportField field, List<RowError> errors) {
    if (key == null) {
      return;
    }
    Long first = seen.putIfAbsent(key, raw.number());
    if (first != null && first != raw.number()) {
      errors.add(rowError(raw, field, key.toString(), "The same call as row " + first));
    }
  }

  private RowError rowError(Raw raw, ImportField field, String value, String message) {
    return new RowError(
        raw.number(), mapping.columns().getOrDefault(field, field.header()), value, message);
  }
}
