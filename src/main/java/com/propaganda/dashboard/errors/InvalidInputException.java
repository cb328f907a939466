package com.propaganda.dashboard.errors;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule, with one message per field. Thrown by services; the transaction rolls
 * back, so nothing is saved in part.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> fieldMessages;

  public InvalidInputException(Map<String, String> fieldMessages) {
    super(String.join("; ", fieldMessages.values()));
    this.fieldMessages = Collections.unmodifiableMap(new LinkedHashMap<>(fieldMessages));
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(Map.of(field, message));
  }

  /** Field name to message, in the order the rules were checked. */
  public Map<String, String> fieldMessages() {
    return fieldMessages;
  }
}
