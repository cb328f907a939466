package com.propaganda.dashboard.users;

import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.passwords.GuessThrottle;
import com.propaganda.dashboard.passwords.PasswordHasher;
import com.propaganda.dashboard.passwords.PasswordOwner;
import com.propaganda.dashboard.passwords.PasswordPolicy;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.Client;
import com.propaganda.dashboard.tenancy.TenantBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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

  @Inject private RequestOrigin origin;

  @EJB private GuessThrottle throttle;

  public boolean mustChangePassword() {
    return self().mustChangePassword();
  }

  /**
   * Asked on every page request: the account and its client's session limits in one statement (no
   * shared cache stands between a request and the database).
   */
  public AccountState state() {
    Object[] row =
        entityManager
            .createQuery(
                "SELECT u, c FROM User u, Client c WHERE u.id = :user AND c.id = :client",
                Object[].class)
            .setParameter("user", context.caller().userId())
            .setParameter("client", context.caller().clientId())
            .getSingleResult();
    User user = (User) row[0];
    return new AccountState(
        user.mustChangePassword(),
        user.getPasswordChangedAt(),
        user.getSessionsEndedAt(),
        ((Client) row[1]).sessionLimits());
  }

  /** The current password is checked as a sign-in is, throttled per account and address. */
  public void changePassword(String currentPassword, String newPassword) {
    User user = self();
    String workspace = entityManager.find(Client.class, context.caller().clientId()).getWorkspace();
    PasswordPolicy.checkChange(
        throttle,
        new PasswordOwner(workspace, user.getEmail(), origin.ip()),
        currentPassword,
        user.getPasswordHash(),
        newPassword);
    user.changePassword(PasswordHasher.hash(newPassword.toCharArray()));
  }

  private User self() {
    return entityManager.find(User.class, context.caller().userId());
  }
}
