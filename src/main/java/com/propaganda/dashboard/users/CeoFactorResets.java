package com.propaganda.dashboard.users;

import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.factors.AccountFactors;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.tenancy.TenantBinding;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * A ceo who lost their phone has nobody in the client above them: the agency resets the ceo's
 * two-step sign-in. Its own transaction, bound to the client before the first statement (the
 * operator's check ran in the caller's); the users trigger records the ended sessions with the
 * operator as actor.
 */
@Stateless
@Audited("users")
@RolesAllowed(Roles.OPERATOR)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CeoFactorResets {

  @PersistenceContext private EntityManager entityManager;

  /**
   * Removes the authenticator of every ceo of the client who has one, and ends their sessions.
   *
   * @return how many ceos had one
   */
  public int reset(UUID clientId) {
    TenantBinding.bind(entityManager, clientId);
    int reset = 0;
    for (User ceo :
        entityManager
            .createQuery("SELECT u FROM User u WHERE u.role = :ceo", User.class)
            .setParameter("ceo", Role.CEO)
            .getResultList()) {
      if (AccountFactors.reset(entityManager, clientId, ceo.getId())) {
        ceo.endSessions();
        reset++;
      }
    }
    if (reset == 0) {
      throw InvalidInputException.of(
          "secondFactor", "No ceo of this client has two-step sign-in to reset");
    }
    return reset;
  }
}
