package com.propaganda.dashboard.tenancy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Client lookups that involve no tenant data, such as resolving a workspace at sign-in. */
@Stateless
@PermitAll
public class ClientDirectory {

  @PersistenceContext private EntityManager entityManager;

  /** Empty for an unknown workspace and for a deactivated client alike. */
  public Optional<UUID> findActiveClientId(String workspace) {
    return entityManager
        .createNamedQuery(Client.FIND_BY_WORKSPACE, Client.class)
        .setParameter("workspace", workspace)
        .getResultStream()
        .filter(Client::isActive)
        .map(Client::getId)
        .findFirst();
  }
}
