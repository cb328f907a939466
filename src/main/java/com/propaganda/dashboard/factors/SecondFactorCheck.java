package com.propaganda.dashboard.factors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The second factor at sign-in, after the password was right and before anyone is signed in: the
 * principal name comes from the identity store, never from the request.
 */
@Stateless
@PermitAll
public class SecondFactorCheck {

  @PersistenceContext private EntityManager entityManager;

  /**
   * Whether the account has a confirmed authenticator, so its sign-in asks for a code. In a
   * transaction of its own: the tenant is bound to the transaction's entity manager.
   */
  public boolean isDue(String principalName) {
    return new FactorRows(entityManager, principalName).hasConfirmed(false);
  }

  /** Uses a code from the app or a recovery code; the row is locked, so each is good once. */
  public FactorUse use(String principalName, String code) {
    FactorRows rows = new FactorRows(entityManager, principalName);
    return rows.find(true)
        .map(holder -> holder.authenticator().use(code, Instant.now(), rows.owner()))
        .orElse(FactorUse.WRONG);
  }
}
