package com.propaganda.dashboard.clients;

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
    String[] parts = principalName.split("/", -1);
    if (parts.length != 2) {
      return false;
    }
    try {
      Operator operator = entityManager.find(Operator.class, UUID.fromString(parts[1]));
      return operator != null && operator.isActive();
    } catch (IllegalArgumentException notAnId) {
      return false;
    }
  }

  public void recordSignIn(UUID operatorId) {
    Operator operator = entityManager.find(Operator.class, operatorId);
    if (operator != null) {
      operator.recordSignIn();
    }
  }
}
