package com.propaganda.dashboard.apikeys;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A key as the API keys page lists it: never its secret, only the prefix that recognises it. */
public record ApiKeyRow(
    UUID id,
    String name,
    String prefix,
    String ownerName,
    List<String> scopes,
    int requestsPerMinute,
    OffsetDateTime createdAt,
    OffsetDateTime expiresAt,
    OffsetDateTime lastUsedAt,
    OffsetDateTime revokedAt)
    implements Serializable {

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public boolean isExpired() {
    return expiresAt != null && expiresAt.isBefore(OffsetDateTime.now());
  }

  public String scopeList() {
    return String.join(", ", scopes);
  }

  /** "active", "revoked" or "expired", as the page shows it. */
  public String state() {
    return isRevoked() ? "revoked" : isExpired() ? "expired" : "active";
  }
}
