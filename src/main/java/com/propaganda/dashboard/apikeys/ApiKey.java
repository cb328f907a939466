package com.propaganda.dashboard.apikeys;

import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.platform.Timestamps;
import com.propaganda.dashboard.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A key a system of the client's signs its API requests with; only the secret's hash is kept. */
@Entity
@Table(name = "api_keys")
public class ApiKey extends TenantOwned {

  @Column(name = "owner_id", nullable = false, updatable = false)
  private UUID ownerId;

  @Column(nullable = false, updatable = false)
  private String name;

  @Column(nullable = false, updatable = false)
  private String prefix;

  @Column(name = "secret_hash", nullable = false, updatable = false)
  private String secretHash;

  @Column(nullable = false, updatable = false)
  private String scopes;

  @Column(name = "requests_per_minute", nullable = false)
  private int requestsPerMinute;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", updatable = false)
  private OffsetDateTime expiresAt;

  /** Written by api_key_caller(), outside this entity. */
  @Column(name = "last_used_at", insertable = false, updatable = false)
  private OffsetDateTime lastUsedAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  protected ApiKey() {}

  ApiKey(UUID ownerId, NewApiKey request, ApiKeySecret secret) {
    super(UUID.randomUUID());
    this.ownerId = ownerId;
    this.name = Text.clean(request.name());
    this.prefix = secret.prefix();
    this.secretHash = secret.hash();
    this.scopes = request.scopes().stream().map(ApiScope::code).collect(Collectors.joining(","));
    this.requestsPerMinute = request.requestsPerMinute();
    this.createdAt = Timestamps.now();
    this.expiresAt = request.expiresAt();
  }

  void revoke() {
    if (revokedAt == null) {
      revokedAt = Timestamps.now();
    }
  }

  UUID getOwnerId() {
    return ownerId;
  }

  List<ApiScope> scopes() {
    return Arrays.stream(scopes.split(",")).flatMap(code -> ApiScope.of(code).stream()).toList();
  }

  ApiKeyRow toRow(String ownerName) {
    Collection<String> codes = scopes().stream().map(ApiScope::code).toList();
    return new ApiKeyRow(
        getId(),
        name,
        prefix,
        ownerName,
        List.copyOf(codes),
        requestsPerMinute,
        createdAt,
        expiresAt,
        lastUsedAt,
        revokedAt);
  }
}
