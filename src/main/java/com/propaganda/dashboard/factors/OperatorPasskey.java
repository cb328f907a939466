package com.propaganda.dashboard.factors;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/** A passkey of one of the agency's operators. */
@Entity
@Table(name = "operator_passkeys")
@NamedQuery(
    name = OperatorPasskey.OF_OWNER,
    query =
        "SELECT p FROM OperatorPasskey p WHERE p.operatorId = :owner ORDER BY p.passkey.createdAt")
public class OperatorPasskey implements PasskeyHolder {

  static final String OF_OWNER = "OperatorPasskey.ofOwner";

  @Id private UUID id;

  @Column(name = "operator_id", nullable = false)
  private UUID operatorId;

  @Embedded private Passkey passkey;

  protected OperatorPasskey() {}

  OperatorPasskey(UUID operatorId, Passkey passkey) {
    this.id = UUID.randomUUID();
    this.operatorId = operatorId;
    this.passkey = passkey;
  }

  @Override
  public UUID getId() {
    return id;
  }

  @Override
  public Passkey getPasskey() {
    return passkey;
  }
}
