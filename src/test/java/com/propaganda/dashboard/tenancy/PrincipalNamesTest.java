package com.propaganda.dashboard.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrincipalNamesTest {

  @Test
  void aUsersNameCarriesClientAndUser() {
    Caller caller = new Caller(UUID.randomUUID(), UUID.randomUUID());
    String name = caller.principalName();
    assertEquals(Optional.of(caller), PrincipalNames.user(name));
    assertTrue(PrincipalNames.operator(name).isEmpty());
  }

  @Test
  void anOperatorsNameIsNoClientsUser() {
    UUID operator = UUID.randomUUID();
    String name = PrincipalNames.ofOperator(operator);
    assertEquals(Optional.of(operator), PrincipalNames.operator(name));
    assertTrue(PrincipalNames.user(name).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "admin", "not-a-uuid/also-not", "a/b/c", "agency/not-a-uuid"})
  void anyOtherNameStandsForNobody(String name) {
    assertTrue(PrincipalNames.user(name).isEmpty());
    assertTrue(PrincipalNames.operator(name).isEmpty());
  }
}
