package com.propaganda.dashboard.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sealed webhook secrets, with the key the test command configures (WEBHOOK_SECRETS_KEY). */
class SecretBoxTest {

  private final UUID owner = UUID.randomUUID();

  @Test
  void aSealedSecretOpensForItsOwnerOnlyAndHoldsNoPlainText() {
    String sealed = SecretBox.seal("whsec_plain", owner);
    assertFalse(sealed.contains("whsec_plain"));
    assertNotEquals(sealed, SecretBox.seal("whsec_plain", owner));
    assertEquals("whsec_plain", SecretBox.open(sealed, owner));
    assertThrows(IllegalArgumentException.class, () -> SecretBox.open(sealed, UUID.randomUUID()));
  }

  @Test
  void aTamperedOrPlainValueDoesNotOpen() {
    String sealed = SecretBox.seal("whsec_plain", owner);
    char last = sealed.charAt(sealed.length() - 3);
    String tampered =
        sealed.substring(0, sealed.length() - 3)
            + (last == 'A' ? 'B' : 'A')
            + sealed.substring(sealed.length() - 2);
    assertThrows(IllegalArgumentException.class, () -> SecretBox.open(tampered, owner));
    assertThrows(IllegalArgumentException.class, () -> SecretBox.open("whsec_plain", owner));
    assertThrows(IllegalArgumentException.class, () -> SecretBox.open("v1:AAAA", owner));
  }
}
