package com.propaganda.dashboard.factors;

import com.propaganda.dashboard.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/** A passkey of a client's user. */
@Entity
@Table(name = "user_passkeys")
@NamedQuery(
    name = UserPasskey.OF_OWNER,
    query = "SELECT p FROM UserPasskey p WHERE p.userId = :owner ORDER BY p.passkey.createdAt")
public class UserPasskey extends TenantOwned implements PasskeyHolder {

  static final String OF_OWNER = "UserPasskey.ofOwner";

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Embedded private Passkey passkey;

  protected UserPasskey() {}

  UserPasskey(UUID userId, Passkey passkey) {
    super(UUID.randomUUID());
    this.userId = userId;
    this.passkey = passkey;
  }

  @Override
  public Passkey getPasskey() {
    return passkey;
  }
}
