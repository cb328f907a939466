package com.propaganda.dashboard.imports;

import jakarta.ejb.ApplicationException;

/** The user cancelled the import before it committed: its transaction rolls back. */
@ApplicationException(rollback = true)
public class ImportCancelledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ImportCancelledException() {
    super("The import was cancelled before it committed: nothing was written.");
  }
}
