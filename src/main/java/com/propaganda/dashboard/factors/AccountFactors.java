package com.propaganda.dashboard.factors;

import com.propaganda.dashboard.identity.PrincipalNames;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Users' second factors as a manager's service reaches them: listed on the team page, removed by a
 * reset, which the calling service has authorised and records.
 */
public final class AccountFactors {

  private AccountFactors() {}

  /** When each user of the bound tenant with a confirmed authenticator confirmed it, by user id. */
  public static Map<UUID, OffsetDateTime> confirmed(EntityManager entityManager) {
    return entityManager
        .createQuery(
            "SELECT f FROM UserFactor f WHERE f.authenticator.confirmedAt IS NOT NULL",
            UserFactor.class)
        .getResultStream()
        .collect(Collectors.toMap(UserFactor::getId, f -> f.authenticator().confirmedAt()));
  }

  /**
   * Removes the user's authenticator, confirmed or not, and their passkeys, in the caller's
   * transaction.
   *
   * @return whether the user had a confirmed one
   */
  public static boolean reset(EntityManager entityManager, UUID clientId, UUID userId) {
    FactorRows rows = new FactorRows(entityManager, PrincipalNames.ofUser(clientId, userId));
    boolean confirmed = rows.hasConfirmed(true);
    new PasskeyRows(entityManager, rows).removeAll();
    rows.remove();
    return confirmed;
  }
}
