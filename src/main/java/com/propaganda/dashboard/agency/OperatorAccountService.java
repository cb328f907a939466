package com.propaganda.dashboard.agency;

import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.identity.PrincipalNames;
import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.passwords.GuessThrottle;
import com.propaganda.dashboard.passwords.PasswordHasher;
import com.propaganda.dashboard.passwords.PasswordOwner;
import com.propaganda.dashboard.passwords.PasswordPolicy;
import com.propaganda.dashboard.tenancy.CallerContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What a signed-in agency operator does with their own account. */
@Stateless
@Audited("operators")
@RolesAllowed(Roles.OPERATOR)
@OperatorBound
public class OperatorAccountService {

  @PersistenceContext private EntityManager entityManager;

  @Inject private CallerContext context;

  @Inject private RequestOrigin origin;

  @EJB private GuessThrottle throttle;

  /** The operator's name, for the console's header. */
  public String name() {
    return self().getName();
  }

  /** The current password is checked as a sign-in is, throttled per account and address. */
  public void changePassword(String currentPassword, String newPassword) {
    Operator operator = self();
    PasswordPolicy.checkChange(
        throttle,
        new PasswordOwner(PrincipalNames.AGENCY_WORKSPACE, operator.getEmail(), origin.ip()),
        currentPassword,
        operator.getPasswordHash(),
        newPassword);
    operator.changePassword(PasswordHasher.hash(newPassword.toCharArray()));
  }

  private Operator self() {
    return entityManager.find(Operator.class, context.operator());
  }
}
