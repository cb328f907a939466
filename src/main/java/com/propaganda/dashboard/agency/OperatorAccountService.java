package com.propaganda.dashboard.agency;

import com.propaganda.dashboard.audit.Audited;
import com.propaganda.dashboard.passwords.PasswordHasher;
import com.propaganda.dashboard.passwords.PasswordPolicy;
import com.propaganda.dashboard.tenancy.PrincipalNames;
import com.propaganda.dashboard.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

/** What a signed-in agency operator does with their own account. */
@Stateless
@Audited("operators")
@RolesAllowed(Roles.OPERATOR)
public class OperatorAccountService {

  @PersistenceContext private EntityManager entityManager;

  @Inject private SecurityContext securityContext;

  /** The operator's name, for the console's header. */
  public String name() {
    return self().getName();
  }

  public void changePassword(String currentPassword, String newPassword) {
    Operator operator = self();
    PasswordPolicy.checkChange(currentPassword, operator.getPasswordHash(), newPassword);
    operator.changePassword(PasswordHasher.hash(newPassword.toCharArray()));
  }

  private Operator self() {
    Operator operator =
        PrincipalNames.operator(securityContext.getCallerPrincipal().getName())
            .map(id -> entityManager.find(Operator.class, id))
            .orElse(null);
    if (operator == null || !operator.isActive()) {
      throw new EJBAccessException("Not an active operator");
    }
    return operator;
  }
}
