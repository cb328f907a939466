package com.propaganda.dashboard.testsupport;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of in-container tests that try a client's rules across two clients: before each test a
 * fresh {@code tenant} and {@code other}, named after the test class, with every role and a loss
 * reason (see {@link Tenant}).
 */
public abstract class TwoClients {

  @EJB protected TestData data;

  @Inject protected SignInAs signIn;

  protected Tenant tenant;

  protected Tenant other;

  @BeforeEach
  void twoClients() {
    String name = getClass().getSimpleName();
    tenant = Tenant.create(data, name + " Co");
    other = Tenant.create(data, "Other " + name + " Co");
  }
}
