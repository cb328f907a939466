package com.propaganda.dashboard.calls;

import jakarta.ejb.ApplicationException;

/**
 * A second export by a user whose first is still being written. Refused before it reads anything,
 * so it leaves the caller's transaction as it was.
 */
@ApplicationException
public class ExportRunningException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  static final String MESSAGE = "An export of yours is still being written; wait for it to finish.";

  public ExportRunningException() {
    super(MESSAGE);
  }
}
