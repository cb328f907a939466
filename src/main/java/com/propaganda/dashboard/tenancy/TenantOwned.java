package com.propaganda.dashboard.tenancy;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The base of every tenant-owned entity. EclipseLink fills and filters {@code client_id} from the
 * tenant bound to the transaction ({@link TenantBinding}); the entity has no client field to set.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "client_id", columnDefinition = "uuid")
public abstract class TenantOwned {

  @Id private UUID id;

  protected TenantOwned() {}

  protected TenantOwned(UUID id) {
    this.id = id;
  }

  public UUID getId() {
    return id;
  }
}
