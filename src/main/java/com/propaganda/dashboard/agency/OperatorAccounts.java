package com.propaganda.dashboard.agency;

import com.propaganda.dashboard.identity.PrincipalNames;
import com.propaganda.dashboard.passwords.PasswordRehash;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
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

  /**
   * When the password of the operator behind a principal name last changed; empty when the operator
   * is no longer active. A session that saw another value ends (SessionGuard).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<OffsetDateTime> passwordChangedAt(String principalName) {
    return PrincipalNames.operator(principalName)
        .map(id -> entityManager.find(Operator.class, id))
        .filter(Operator::isActive)
        .map(Operator::getPasswordChangedAt);
  }

  /**
   * Outside the caller's transaction: a service that binds a tenant later in its transaction must
   * find the connection without one.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean isActive(UUID operatorId) {
    Operator operator = entityManager.find(Operator.class, operatorId);
    return operator != null && operator.isActive();
  }

  /** Records the sign-in, and stores the stronger hash of the password when there is one. */
  public void recordSignIn(UUID operatorId, Optional<String> strongerHash) {
    Operator operator = entityManager.find(Operator.class, operatorId);
    if (operator != null) {
      operator.recordSignIn();
      if (strongerHash.isPresent()) {
        PasswordRehash.keepSessions(entityManager);
        operator.rehashPassword(strongerHash.get());
      }
    }
  }
}
