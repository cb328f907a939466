package com.propaganda.dashboard.users;

import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.identity.UserAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** The tenant check's view of users, in the transaction's persistence context. */
@ApplicationScoped
public class ActiveUsers implements UserAccounts {

  @PersistenceContext private EntityManager entityManager;

  @Override
  public Optional<Role> activeRole(UUID userId) {
    return Optional.ofNullable(entityManager.find(User.class, userId))
        .filter(User::isActive)
        .map(User::getRole);
  }
}
