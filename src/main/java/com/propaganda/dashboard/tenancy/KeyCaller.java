package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * The API key of the current request as the database found it at authentication, moments before any
 * service runs: its owner's role, its client's zone and its scopes. The key lookup already checked
 * what the tenant check checks for a session (owner active in that role, client active, key in
 * force), so {@link TenantBoundInterceptor} takes it from here instead of reading the same rows
 * again on every service call of the request.
 */
@RequestScoped
public class KeyCaller {

  private UUID keyId;
  private Role role;
  private ZoneId zone;
  private Set<String> scopes = Set.of();

  public void found(UUID keyId, Role role, ZoneId zone, Set<String> scopes) {
    this.keyId = keyId;
    this.role = role;
    this.zone = zone;
    this.scopes = Set.copyOf(scopes);
  }

  /** The key as found, for work the request started that goes on in another thread. */
  public record Carried(UUID keyId, Role role, ZoneId zone, Set<String> scopes)
      implements java.io.Serializable {}

  /** This request's key, or null when the request did not come with one. */
  public Carried carried() {
    return keyId == null ? null : new Carried(keyId, role, zone, scopes);
  }

  /** Work a keyed request started in the background acts with the key as found then. */
  public void resume(Carried carried) {
    if (carried != null) {
      found(carried.keyId(), carried.role(), carried.zone(), carried.scopes());
    }
  }

  /**
   * Whether this request came with a key that lacks the scope: for an option of a method that needs
   * more than the method's own scope (an import that adds loss reasons).
   */
  public boolean isKeyWithout(String scope) {
    return keyId != null && !scopes.contains(scope);
  }

  /** Whether this request authenticated with that key. */
  boolean isKey(UUID apiKeyId) {
    return keyId != null && keyId.equals(apiKeyId);
  }

  Role role() {
    return role;
  }

  ZoneId zone() {
    return zone;
  }

  Set<String> scopes() {
    return scopes;
  }
}
