package com.propaganda.dashboard.tenancy;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * Sets the tenant on the transaction's persistence context, so EclipseLink adds {@code client_id =
 * ?} to every statement on a tenant-owned entity. Without it those statements fail rather than
 * return every tenant's rows.
 */
public final class TenantBinding {

  private TenantBinding() {}

  /**
   * Binds the tenant for the rest of the current JTA transaction; called before the entity manager
   * is first used in it. The id is a {@link UUID} object so the driver binds it as a uuid.
   */
  public static void bind(EntityManager entityManager, UUID clientId) {
    entityManager.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, clientId);
  }
}
