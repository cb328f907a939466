package com.propaganda.dashboard.apikeys;

import jakarta.enterprise.context.RequestScoped;

/**
 * The rate limit of the request's key, as the database counted it while finding the key: the
 * tighter of the key's own limit and its client's ceiling for all its keys ("per-key" or
 * "per-client"), how many requests came under it this minute, and when the minute ends. Answered in
 * the IETF {@code RateLimit-Policy} and {@code RateLimit} headers.
 */
@RequestScoped
public class ApiQuota {

  private String policy;
  private int limit;
  private int used;
  private int secondsLeft;

  void count(String policy, int limit, int used, int secondsLeft) {
    this.policy = "\"" + policy + "\"";
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
    return policy + ";q=" + limit + ";w=60";
  }

  public String stateHeader() {
    return policy + ";r=" + Math.max(0, limit - used) + ";t=" + secondsLeft;
  }
}
