package com.propaganda.dashboard.identity;

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

  @Test
  void aKeysNameActsAsItsOwnerAndNamesTheKey() {
    Caller owner = new Caller(UUID.randomUUID(), UUID.randomUUID());
    UUID key = UUID.randomUUID();
    String name = PrincipalNames.ofApiKey(owner.clientId(), owner.userId(), key);
    assertEquals(Optional.of(owner), PrincipalNames.user(name));
    assertEquals(Optional.of(key), PrincipalNames.apiKey(name));
    assertTrue(PrincipalNames.apiKey(owner.principalName()).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "admin",
        "not-a-uuid/also-not",
        "a/b/c",
        "agency/not-a-uuid",
        "00000000-0000-0000-0000-000000000001/00000000-0000-0000-0000-000000000002/x",
        "agency/00000000-0000-0000-0000-000000000001/00000000-0000-0000-0000-000000000002"
      })
  void anyOtherNameStandsForNobody(String name) {
    assertTrue(PrincipalNames.user(name).isEmpty());
    assertTrue(PrincipalNames.operator(name).isEmpty());
    assertTrue(PrincipalNames.apiKey(name).isEmpty());
  }
}
