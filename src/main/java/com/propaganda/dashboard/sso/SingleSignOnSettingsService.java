package com.propaganda.dashboard.sso;

import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.TenantBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The ceo connects the workspace to the client's OpenID Connect provider and chooses the ways in
 * ({@link ClientConnection}). Every change is in the audit log (the rows' triggers), the secret
 * never.
 */
@Stateless
@TenantBound
@Audited("client_single_sign_on")
@RolesAllowed(Roles.CEO)
public class SingleSignOnSettingsService {

  @PersistenceContext private EntityManager entityManager;

  @Inject private CallerContext context;

  @Inject private OidcProviders providers;

  public CurrentConnection current() {
    return connection().current();
  }

  public void save(ConnectionForm form) {
    connection().save(form);
  }

  public void disconnect() {
    connection().disconnect();
  }

  private ClientConnection connection() {
    return new ClientConnection(entityManager, providers, context.caller().clientId());
  }
}
