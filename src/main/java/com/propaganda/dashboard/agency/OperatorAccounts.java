package com.propaganda.dashboard.agency;

import com.propaganda.dashboard.tenancy.PrincipalNames;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Operator lookups of sign-in. */
@Stateless
@PermitAll
public class OperatorAccounts {

  @PersistenceContext private EntityManager entityManager;

  public Optional<Operator> find(String email) {
    return entityManager
        .createNamedQuery(Operator.FIND_BY_EMAIL, Operator.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  /** Whether the operator behind a principal name is still active. */
  public boolean isActive(String principalName) {
    return PrincipalNames.operator(principalName)
        .map(id -> entityManager.find(Operator.class, id))
        .map(Operator::isActive)
        .orElse(false);
  }

  public void recordSignIn(UUID operatorId) {
    Operator operator = entityManager.find(Operator.class, operatorId);
    if (operator != null) {
      operator.recordSignIn();
    }
  }
}
