package com.propaganda.dashboard.testsupport;

import com.propaganda.dashboard.tenancy.TenantBinding;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import java.util.function.Function;

/** Runs a piece of JPA work in its own transaction, with a tenant bound as services bind it. */
@Stateless
public class InTenant {

  @PersistenceContext private EntityManager entityManager;

  public <T> T run(UUID clientId, Function<EntityManager, T> work) {
    TenantBinding.bind(entityManager, clientId);
    return work.apply(entityManager);
  }

  /** Work on entities that are not tenant-owned. */
  public <T> T runWithoutTenant(Function<EntityManager, T> work) {
    return work.apply(entityManager);
  }
}
