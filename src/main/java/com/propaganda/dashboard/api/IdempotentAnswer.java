package com.propaganda.dashboard.api;

/** What an Idempotency-Key found: nothing yet, the first answer, a request in flight, or misuse. */
public record IdempotentAnswer(Kind kind, int status, String location, String body) {

  public enum Kind {
    NEW,
    REPLAY,
    IN_FLIGHT,
    MISMATCH
  }

  static final IdempotentAnswer NEW = new IdempotentAnswer(Kind.NEW, 0, null, null);
  static final IdempotentAnswer IN_FLIGHT = new IdempotentAnswer(Kind.IN_FLIGHT, 0, null, null);
  static final IdempotentAnswer MISMATCH = new IdempotentAnswer(Kind.MISMATCH, 0, null, null);

  static IdempotentAnswer replay(int status, String location, String body) {
    return new IdempotentAnswer(Kind.REPLAY, status, location, body);
  }
}
