package com.propaganda.dashboard.factors;

import com.propaganda.dashboard.identity.Caller;
import com.propaganda.dashboard.identity.PrincipalNames;
import com.propaganda.dashboard.tenancy.Client;
import com.propaganda.dashboard.tenancy.TenantBinding;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds and keeps the factor row of the account a principal name stands for: a user's under their
 * client's tenant (taken from the name the identity store wrote, never from a request), or an
 * operator's.
 */
final class FactorRows {

  private final EntityManager entityManager;
  private final String principalName;

  /**
   * Binds a user's tenant at once: EclipseLink takes the tenant of an entity manager only before
   * its first statement in the transaction.
   */
  FactorRows(EntityManager entityManager, String principalName) {
    this.entityManager = entityManager;
    this.principalName = principalName;
    user().ifPresent(caller -> TenantBinding.bind(entityManager, caller.clientId()));
  }

  /** The client of a user's account; empty for an operator. */
  Optional<Client> client() {
    return user().map(caller -> entityManager.find(Client.class, caller.clientId()));
  }

  /** The account's id: the row's id and what its secret is sealed to. */
  UUID owner() {
    return user()
        .map(Caller::userId)
        .or(() -> PrincipalNames.operator(principalName))
        .orElseThrow(() -> new IllegalArgumentException("Not a person's principal"));
  }

  /** The row, locked until the transaction ends when {@code lock}: a code is used once. */
  Optional<FactorHolder> find(boolean lock) {
    LockModeType mode = lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE;
    if (user().isPresent()) {
      return Optional.ofNullable(entityManager.find(UserFactor.class, owner(), mode));
    }
    return Optional.ofNullable(entityManager.find(OperatorFactor.class, owner(), mode));
  }

  /** Whether the account has a confirmed authenticator, so its sign-in asks for a code. */
  boolean hasConfirmed(boolean lock) {
    return find(lock).map(holder -> holder.authenticator().isConfirmed()).orElse(false);
  }

  /** Keeps a new authenticator in place of any earlier one. */
  void replace(Authenticator authenticator) {
    remove();
    entityManager.flush();
    entityManager.persist(
        user().isPresent()
            ? new UserFactor(owner(), authenticator)
            : new OperatorFactor(owner(), authenticator));
  }

  void remove() {
    find(true).ifPresent(entityManager::remove);
  }

  /** Whether the account is a client's user (passkeys are theirs only). */
  boolean isUser() {
    return user().isPresent();
  }

  private Optional<Caller> user() {
    return PrincipalNames.user(principalName)
        .filter(user -> PrincipalNames.apiKey(principalName).isEmpty());
  }
}
