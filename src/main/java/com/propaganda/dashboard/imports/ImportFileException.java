package com.propaganda.dashboard.imports;

/** The file cannot be imported as a whole; the message says why, for the person who chose it. */
@jakarta.ejb.ApplicationException(rollback = true)
public class ImportFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ImportFileException(String message) {
    super(message);
  }

  public ImportFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
