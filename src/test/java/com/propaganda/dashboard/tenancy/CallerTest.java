package com.propaganda.dashboard.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallerTest {

  @Test
  void thePrincipalNameCarriesClientAndUser() {
    Caller caller = new Caller(UUID.randomUUID(), UUID.randomUUID());
    assertEquals(caller, Caller.fromPrincipalName(caller.principalName()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "admin", "not-a-uuid/also-not", "a/b/c"})
  void anyOtherPrincipalNameIsRejected(String name) {
    assertThrows(IllegalArgumentException.class, () -> Caller.fromPrincipalName(name));
  }
}
