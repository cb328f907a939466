package com.propaganda.dashboard.factors;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The second factor of an agency operator; its id is the operator's. */
@Entity
@Table(name = "operator_factors")
public class OperatorFactor implements FactorHolder {

  @Id private UUID id;

  @Embedded private Authenticator authenticator;

  protected OperatorFactor() {}

  OperatorFactor(UUID operatorId, Authenticator authenticator) {
    this.id = operatorId;
    this.authenticator = authenticator;
  }

  @Override
  public Authenticator authenticator() {
    return authenticator;
  }
}
