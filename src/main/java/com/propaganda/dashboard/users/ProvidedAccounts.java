package com.propaganda.dashboard.users;

import com.propaganda.dashboard.identity.Caller;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.passwords.PasswordHasher;
import com.propaganda.dashboard.tenancy.TenantBinding;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * The changes a sign-in through the client's own provider makes to its people, before anyone is
 * signed in: the tenant is the client whose workspace the sign-in started in. Both are in the audit
 * log (the users row's trigger).
 */
@Stateless
@PermitAll
public class ProvidedAccounts {

  @PersistenceContext private EntityManager entityManager;

  /**
   * A sales user for a person the provider knows and the client chose to let in on first sign-in.
   */
  public Caller createSalesUser(UUID clientId, String email, String name) {
    TenantBinding.bind(entityManager, clientId);
    User user = new User(email, name, Role.SALES, PasswordHasher.NO_PASSWORD);
    entityManager.persist(user);
    return new Caller(clientId, user.getId());
  }

  /**
   * The role the provider's groups give. A ceo keeps the role: it is changed on the team page only,
   * so a group removed at the provider never leaves a client without its ceo.
   */
  public Role takeRole(Caller caller, Role mapped) {
    TenantBinding.bind(entityManager, caller.clientId());
    User user = entityManager.find(User.class, caller.userId());
    if (user.getRole() != Role.CEO && user.getRole() != mapped) {
      user.changeRole(mapped);
    }
    return user.getRole();
  }
}
