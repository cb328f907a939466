package com.propaganda.dashboard.testsupport;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.errors.InvalidInputException;

/** Asserts that a service refused input with a message for the given field. */
public final class Rejections {

  private Rejections() {}

  public static void assertRejected(String field, Runnable action) {
    InvalidInputException rejected = assertThrows(InvalidInputException.class, action::run);
    assertTrue(rejected.fieldMessages().containsKey(field), rejected.fieldMessages().toString());
  }
}
