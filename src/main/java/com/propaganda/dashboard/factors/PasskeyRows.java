package com.propaganda.dashboard.factors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The passkeys of the account a {@link FactorRows} names, a user's or an operator's, in its
 * transaction (whose tenant it bound).
 */
final class PasskeyRows {

  private final EntityManager entityManager;
  private final FactorRows rows;

  PasskeyRows(EntityManager entityManager, FactorRows rows) {
    this.entityManager = entityManager;
    this.rows = rows;
  }

  List<PasskeyHolder> list() {
    return rows.isUser()
        ? List.copyOf(query(UserPasskey.OF_OWNER, UserPasskey.class))
        : List.copyOf(query(OperatorPasskey.OF_OWNER, OperatorPasskey.class));
  }

  private <T> List<T> query(String name, Class<T> type) {
    return entityManager
        .createNamedQuery(name, type)
        .setParameter("owner", rows.owner())
        .getResultList();
  }

  List<String> credentialIds() {
    return list().stream().map(holder -> holder.getPasskey().credentialId()).toList();
  }

  /** The account's passkey of this credential id, locked: a counter moves once at a time. */
  Optional<PasskeyHolder> find(String credentialId) {
    return list().stream()
        .filter(holder -> holder.getPasskey().credentialId().equals(credentialId))
        .findFirst()
        .map(
            holder -> {
              entityManager.lock(holder, LockModeType.PESSIMISTIC_WRITE);
              return holder;
            });
  }

  Optional<PasskeyHolder> byId(UUID id) {
    return list().stream().filter(holder -> holder.getId().equals(id)).findFirst();
  }

  void add(String name, PasskeyCeremonies.Registered registered) {
    Passkey passkey = new Passkey(name, registered);
    entityManager.persist(
        rows.isUser()
            ? new UserPasskey(rows.owner(), passkey)
            : new OperatorPasskey(rows.owner(), passkey));
  }

  void removeAll() {
    list().forEach(entityManager::remove);
  }
}
