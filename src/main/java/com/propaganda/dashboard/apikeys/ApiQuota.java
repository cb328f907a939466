package com.propaganda.dashboard.apikeys;

import jakarta.enterprise.context.RequestScoped;

/**
 * The rate limit of the request's key, as the database counted it while finding the key: how many
 * requests a minute the key may make, how many came in this minute, and when the minute ends.
 * Answered in the IETF {@code RateLimit-Policy} and {@code RateLimit} headers.
 */
@RequestScoped
public class ApiQuota {

  private static final String POLICY = "\"per-key\"";

  private int limit;
  private int used;
  private int secondsLeft;

  void count(int limit, int used, int secondsLeft) {
    this.limit = limit;
    this.used = used;
    this.secondsLeft = Math.max(1, secondsLeft);
  }

  public boolean isExceeded() {
    return used > limit;
  }

  public int secondsLeft() {
    return secondsLeft;
  }

  public String policyHeader() {
    return POLICY + ";q=" + limit + ";w=60";
  }

  public String stateHeader() {
    return POLICY + ";r=" + Math.max(0, limit - used) + ";t=" + secondsLeft;
  }
}
