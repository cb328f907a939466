package com.propaganda.dashboard.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Adds up the sorted batches of a dry run, and writes every row error to the errors file. */
final class DryRunTally implements ImportPass.Batches {

  private final ImportErrorsFile errorsFile;
  private final List<RowError> firstErrors = new ArrayList<>();
  private final TreeSet<String> newLossReasons = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
  private long rows;
  private long creates;
  private long updates;
  private long duplicates;
  private long errorRows;
  private long errors;

  DryRunTally(ImportErrorsFile errorsFile) {
    this.errorsFile = errorsFile;
  }

  @Override
  public void accept(ImportPass.Batch batch) {
    rows = batch.rowsRead();
    creates += batch.creates().size();
    updates += batch.updates().size();
    duplicates += batch.skippedDuplicates().size();
    errors += batch.errors().size();
    errorRows += batch.errors().stream().mapToLong(RowError::row).distinct().count();
    Stream.concat(batch.creates().stream(), batch.updates().stream())
        .map(ImportRow::newLossReason)
        .filter(Objects::nonNull)
        .forEach(newLossReasons::add);
    for (RowError error : batch.errors()) {
      if (firstErrors.size() < ImportCheck.SHOWN_ERRORS) {
        firstErrors.add(error);
      }
      errorsFile.add(error);
    }
  }

  ImportCheck result() {
    return new ImportCheck(
        rows,
        creates,
        updates,
        duplicates,
        errorRows,
        errors,
        List.copyOf(firstErrors),
        new TreeSet<>(newLossReasons));
  }
}
