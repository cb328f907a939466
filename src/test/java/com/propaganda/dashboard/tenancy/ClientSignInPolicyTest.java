package com.propaganda.dashboard.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.identity.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientSignInPolicyTest {

  private final Client client = new Client("Acme", "office@acme.example", "acme");

  @Test
  void aNewClientRequiresNoSecondFactor() {
    assertEquals(Set.of(), client.getSecondFactorRoles());
    for (Role role : Role.values()) {
      assertFalse(client.requiresSecondFactor(role));
    }
  }

  @Test
  void theChosenRolesAndOnlyThoseRequireOne() {
    client.requireSecondFactorFor(EnumSet.of(Role.SALES, Role.CEO));
    assertEquals(EnumSet.of(Role.CEO, Role.SALES), client.getSecondFactorRoles());
    assertTrue(client.requiresSecondFactor(Role.CEO));
    assertFalse(client.requiresSecondFactor(Role.ADMIN));
    assertTrue(client.requiresSecondFactor(Role.SALES));
  }

  @Test
  void everyRoleAndThenNoneAgain() {
    client.requireSecondFactorFor(EnumSet.allOf(Role.class));
    assertEquals(EnumSet.allOf(Role.class), client.getSecondFactorRoles());
    client.requireSecondFactorFor(Set.of());
    assertEquals(Set.of(), client.getSecondFactorRoles());
  }
}
