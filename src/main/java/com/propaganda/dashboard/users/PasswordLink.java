package com.propaganda.dashboard.users;

import com.propaganda.dashboard.platform.Timestamps;
import com.propaganda.dashboard.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A one-time link to set a user's password, known by the SHA-256 of its token only. Spent by
 * use_password_link() (R__password_links.sql), which the application role cannot bypass.
 */
@Entity
@Table(name = "password_links")
public class PasswordLink extends TenantOwned {

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  protected PasswordLink() {}

  PasswordLink(UUID userId, String tokenHash, Duration lifetime) {
    super(UUID.randomUUID());
    this.userId = userId;
    this.tokenHash = tokenHash;
    this.createdAt = Timestamps.now();
    this.expiresAt = createdAt.plus(lifetime);
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }
}
