package com.propaganda.dashboard.imports;

/** How many rows of a running import are written, and whether it is to stop before committing. */
public final class ImportProgress {

  private final long rows;
  private volatile long written;
  private volatile boolean cancelled;

  ImportProgress(long rows) {
    this.rows = rows;
  }

  void wrote(long rowsSoFar) {
    written = rowsSoFar;
  }

  void cancel() {
    cancelled = true;
  }

  /**
   * @throws ImportCancelledException once cancelled, so the import's transaction rolls back
   */
  void checkNotCancelled() {
    if (cancelled) {
      throw new ImportCancelledException();
    }
  }

  /** Percent of the rows written, 0 to 100. */
  public int percent() {
    return rows == 0 ? 0 : (int) Math.min(100, written * 100 / rows);
  }
}
