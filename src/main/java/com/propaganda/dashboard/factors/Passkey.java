package com.propaganda.dashboard.factors;

import com.propaganda.dashboard.platform.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/**
 * A passkey as a user's or an operator's row keeps it: the public half of a credential its
 * authenticator holds, and the last signature counter seen.
 */
@Embeddable
public class Passkey {

  @Column(name = "credential_id", nullable = false)
  private String credentialId;

  @Column(nullable = false)
  private byte[] credential;

  @Column(name = "sign_count", nullable = false)
  private long signCount;

  @Column(nullable = false)
  private String name;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "last_used_at")
  private OffsetDateTime lastUsedAt;

  protected Passkey() {}

  Passkey(String name, PasskeyCeremonies.Registered registered) {
    this.name = name;
    this.credentialId = registered.credentialId();
    this.credential = registered.credential();
    this.signCount = registered.signCount();
    this.createdAt = Timestamps.now();
  }

  void used(long newSignCount) {
    signCount = newSignCount;
    lastUsedAt = Timestamps.now();
  }

  String credentialId() {
    return credentialId;
  }

  byte[] credential() {
    return credential.clone();
  }

  long signCount() {
    return signCount;
  }

  public String getName() {
    return name;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getLastUsedAt() {
    return lastUsedAt;
  }
}
