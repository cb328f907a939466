package com.propaganda.dashboard.factors;

import com.propaganda.dashboard.tenancy.TenantOwned;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** The second factor of a client's user; its id is the user's. */
@Entity
@Table(name = "user_factors")
public class UserFactor extends TenantOwned implements FactorHolder {

  @Embedded private Authenticator authenticator;

  protected UserFactor() {}

  UserFactor(UUID userId, Authenticator authenticator) {
    super(userId);
    this.authenticator = authenticator;
  }

  @Override
  public Authenticator authenticator() {
    return authenticator;
  }
}
