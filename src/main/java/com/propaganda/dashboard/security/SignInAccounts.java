package com.propaganda.dashboard.security;

import com.propaganda.dashboard.identity.Caller;
import com.propaganda.dashboard.passwords.PasswordRehash;
import com.propaganda.dashboard.tenancy.Client;
import com.propaganda.dashboard.tenancy.TenantBinding;
import com.propaganda.dashboard.users.User;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/**
 * The user lookups of sign-in. Here alone the tenant comes from the client that the typed workspace
 * names rather than from a principal: there is no principal yet.
 */
@Stateless
@PermitAll
public class SignInAccounts {

  @PersistenceContext private EntityManager entityManager;

  public Optional<SignInAccount> find(UUID clientId, String email) {
    TenantBinding.bind(entityManager, clientId);
    Client client = entityManager.find(Client.class, clientId);
    return entityManager
        .createNamedQuery(User.FIND_BY_EMAIL, User.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst()
        .map(
            user ->
                new SignInAccount(
                    new Caller(clientId, user.getId()),
                    user.getRole(),
                    user.getPasswordHash(),
                    user.isActive(),
                    client.requiresSecondFactor(user.getRole()),
                    client.signInMethods().allowsPasswords()));
  }

  /** Records the sign-in, and stores the stronger hash of the password when there is one. */
  public void recordSignIn(Caller caller, Optional<String> strongerHash) {
    TenantBinding.bind(entityManager, caller.clientId());
    User user = entityManager.find(User.class, caller.userId());
    if (user != null) {
      user.recordSignIn();
      if (strongerHash.isPresent()) {
        PasswordRehash.keepSessions(entityManager);
        user.rehashPassword(strongerHash.get());
      }
    }
  }
}
