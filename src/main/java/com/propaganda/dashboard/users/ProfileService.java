package com.propaganda.dashboard.users;

import com.propaganda.dashboard.identity.Caller;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.Client;
import com.propaganda.dashboard.tenancy.TenantBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The signed-in user's own profile. */
@Stateless
@TenantBound
@RolesAllowed({Roles.CEO, Roles.ADMIN, Roles.SALES})
public class ProfileService {

  @PersistenceContext private EntityManager entityManager;

  @Inject private CallerContext context;

  public Profile current() {
    Caller caller = context.caller();
    User user = entityManager.find(User.class, caller.userId());
    Client client = entityManager.find(Client.class, caller.clientId());
    if (user == null || client == null) {
      throw new EJBAccessException("The signed-in account no longer exists");
    }
    return new Profile(
        user.getName(), user.getEmail(), user.getRole(), client.getName(), client.getTimeZone());
  }
}
