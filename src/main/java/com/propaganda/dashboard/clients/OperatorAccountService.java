package com.propaganda.dashboard.clients;

import com.propaganda.dashboard.audit.Audited;
import com.propaganda.dashboard.security.PasswordHasher;
import com.propaganda.dashboard.security.PasswordPolicy;
import com.propaganda.dashboard.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.UUID;

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
    String name = securityContext.getCallerPrincipal().getName();
    Operator operator =
        entityManager.find(Operator.class, UUID.fromString(name.substring(name.indexOf('/') + 1)));
    if (operator == null || !operator.isActive()) {
      throw new EJBAccessException("Not an active operator");
    }
    return operator;
  }
}
