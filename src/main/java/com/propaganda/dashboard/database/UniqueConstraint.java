package com.propaganda.dashboard.database;

import com.propaganda.dashboard.errors.InvalidInputException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * Turns a unique-constraint violation into a field message. Services check uniqueness first; this
 * covers the race in which two users save the same name at once.
 */
public final class UniqueConstraint {

  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueConstraint() {}

  public static void flush(EntityManager entityManager, String field, String message) {
    try {
      entityManager.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw InvalidInputException.of(field, message);
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
