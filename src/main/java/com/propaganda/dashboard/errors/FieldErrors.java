package com.propaganda.dashboard.errors;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects the rule violations of one input, the first per field, then throws them together. */
public final class FieldErrors {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{5,50}$");

  private final Map<String, String> messages = new LinkedHashMap<>();

  public FieldErrors reject(String field, String message) {
    messages.putIfAbsent(field, message);
    return this;
  }

  public FieldErrors rejectIf(boolean broken, String field, String message) {
    return broken ? reject(field, message) : this;
  }

  public FieldErrors required(String field, Object value, String message) {
    boolean missing = value == null || (value instanceof String text && text.isBlank());
    return rejectIf(missing, field, message);
  }

  public FieldErrors maxLength(String field, String value, int max) {
    return rejectIf(value != null && value.length() > max, field, "At most " + max + " characters");
  }

  /** An optional email: blank is fine, anything else must look like one. */
  public FieldErrors email(String field, String value) {
    return rejectIf(
        value != null && !value.isBlank() && !EMAIL.matcher(value).matches(),
        field,
        "Enter an email address like name@example.com");
  }

  /** An optional phone number: digits, spaces and + ( ) . / - only. */
  public FieldErrors phone(String field, String value) {
    return rejectIf(
        value != null && !value.isBlank() && !PHONE.matcher(value).matches(),
        field,
        "Enter a phone number: digits, spaces and + ( ) - only");
  }

  /** The messages so far, the first per field, in the order the rules were checked. */
  public Collection<String> messages() {
    return messages.values();
  }

  /** The first message of each broken field, by field name, in the order the rules were checked. */
  public Map<String, String> byField() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(messages));
  }

  public boolean isEmpty() {
    return messages.isEmpty();
  }

  public void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new InvalidInputException(messages);
    }
  }
}
