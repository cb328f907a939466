package com.propaganda.dashboard.sso;

import com.propaganda.dashboard.platform.SecretBox;
import com.propaganda.dashboard.platform.Timestamps;
import com.propaganda.dashboard.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A client's connection to its OpenID Connect provider; its id is the client's. The client secret
 * is sealed under the server's key, bound to this row, and is never shown again once saved.
 */
@Entity
@Table(name = "client_single_sign_on")
public class SingleSignOnConnection extends TenantOwned {

  @Column(nullable = false)
  private String issuer;

  @Column(name = "provider_client_id", nullable = false)
  private String providerClientId;

  @Column(name = "secret", nullable = false)
  private String sealedSecret;

  @Column(name = "email_claim", nullable = false)
  private String emailClaim;

  @Column(name = "groups_claim")
  private String groupsClaim;

  @Column(name = "role_mapping", nullable = false)
  private String roleMapping;

  @Column(name = "creates_sales_users", nullable = false)
  private boolean createsSalesUsers;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected SingleSignOnConnection() {}

  SingleSignOnConnection(UUID clientId, ProviderSettings settings, String secret) {
    super(clientId);
    updatedAt = Timestamps.now();
    change(settings, secret);
  }

  /** Takes the settings; a blank secret keeps the one kept. */
  void change(ProviderSettings settings, String secret) {
    issuer = settings.issuer();
    providerClientId = settings.clientId();
    emailClaim = settings.emailClaim();
    groupsClaim = settings.groupsClaim().orElse(null);
    roleMapping = settings.roleMapping().text();
    createsSalesUsers = settings.createsSalesUsers();
    if (secret != null && !secret.isEmpty()) {
      sealedSecret = SecretBox.seal(secret, getId());
    }
  }

  @PreUpdate
  void touch() {
    updatedAt = Timestamps.now();
  }

  ProviderSettings settings() {
    return new ProviderSettings(
        issuer,
        providerClientId,
        emailClaim,
        java.util.Optional.ofNullable(groupsClaim),
        RoleMapping.parse(roleMapping),
        createsSalesUsers);
  }

  String secret() {
    return SecretBox.open(sealedSecret, getId());
  }

  OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
