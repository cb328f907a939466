package com.propaganda.dashboard.users;

import com.propaganda.dashboard.audit.Audited;
import com.propaganda.dashboard.passwords.PasswordHasher;
import com.propaganda.dashboard.passwords.PasswordPolicy;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.Roles;
import com.propaganda.dashboard.tenancy.TenantBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What every signed-in user does with their own account. */
@Stateless
@TenantBound
@Audited("users")
@RolesAllowed({Roles.CEO, Roles.ADMIN, Roles.SALES})
public class AccountService {

  @PersistenceContext private EntityManager entityManager;

  @Inject private CallerContext context;

  public boolean mustChangePassword() {
    return self().mustChangePassword();
  }

  public void changePassword(String currentPassword, String newPassword) {
    User user = self();
    PasswordPolicy.checkChange(currentPassword, user.getPasswordHash(), newPassword);
    user.changePassword(PasswordHasher.hash(newPassword.toCharArray()));
  }

  private User self() {
    return entityManager.find(User.class, context.caller().userId());
  }
}
