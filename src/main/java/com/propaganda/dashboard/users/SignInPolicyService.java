package com.propaganda.dashboard.users;

import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.Client;
import com.propaganda.dashboard.tenancy.TenantBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The client's sign-in policy, set by its ceo: the roles whose people must use a second factor
 * (someone of such a role without one is taken to its setup right after their next sign-in), the
 * session limits and whether API keys work. The change itself is in the audit log (the clients
 * row's trigger). Single sign-on is SingleSignOnSettingsService's.
 */
@Stateless
@TenantBound
@Audited("clients")
@RolesAllowed(Roles.CEO)
public class SignInPolicyService {

  @PersistenceContext private EntityManager entityManager;

  @Inject private CallerContext context;

  public SignInPolicy policy() {
    return SignInPolicy.of(client());
  }

  public void change(SignInPolicy policy) {
    policy.applyTo(client());
  }

  private Client client() {
    return entityManager.find(Client.class, context.caller().clientId());
  }
}
