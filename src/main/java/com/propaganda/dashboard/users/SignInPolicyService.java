package com.propaganda.dashboard.users;

import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.Client;
import com.propaganda.dashboard.tenancy.TenantBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;

/**
 * The client's sign-in policy, set by its ceo: the roles whose people must use a second factor.
 * Someone of such a role without one is taken to its setup right after their next sign-in; the
 * change itself is in the audit log (the clients row's trigger).
 */
@Stateless
@TenantBound
@Audited("clients")
@RolesAllowed(Roles.CEO)
public class SignInPolicyService {

  @PersistenceContext private EntityManager entityManager;

  @Inject private CallerContext context;

  public Set<Role> secondFactorRoles() {
    return client().getSecondFactorRoles();
  }

  public void requireSecondFactorFor(Set<Role> roles) {
    client().requireSecondFactorFor(roles);
  }

  private Client client() {
    return entityManager.find(Client.class, context.caller().clientId());
  }
}
