package com.propaganda.dashboard.imports;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What importing the file would do, found by the dry run without writing anything.
 *
 * @param duplicates rows that look like calls already logged and are skipped
 * @param firstErrors the first {@link #SHOWN_ERRORS} row errors; all of them are in the errors file
 * @param newLossReasons loss reasons the file names that the import would add
 */
public record ImportCheck(
    long rows,
    long creates,
    long updates,
    long duplicates,
    long errorRows,
    long errors,
    List<RowError> firstErrors,
    Set<String> newLossReasons)
    implements Serializable {

  public static final int SHOWN_ERRORS = 100;

  public boolean canCommit() {
    return errors == 0 && creates + updates > 0;
  }
}
