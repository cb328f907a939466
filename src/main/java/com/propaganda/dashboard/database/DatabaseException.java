package com.propaganda.dashboard.database;

import java.sql.SQLException;

/** A plain SQL statement failed; carries PostgreSQL's SQLSTATE for the few callers that map one. */
public class DatabaseException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String sqlState;

  public DatabaseException(String message, SQLException cause) {
    super(message, cause);
    this.sqlState = cause.getSQLState();
  }

  public String sqlState() {
    return sqlState;
  }
}
