package com.propaganda.dashboard.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Needs WEBHOOK_SECRETS_KEY, as the server does: the secret is sealed with it. */
class AuthenticatorTest {

  private static final UUID OWNER = UUID.randomUUID();
  private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);

  private final String secret = TotpCodes.newSecret();
  private final Authenticator authenticator = new Authenticator(secret, OWNER);

  @Test
  void theSecretIsSealedForItsOwner() {
    assertEquals(secret, authenticator.secret(OWNER));
    assertEquals(
        IllegalArgumentException.class,
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> authenticator.secret(UUID.randomUUID()))
            .getClass());
  }

  @Test
  void anUnconfirmedAuthenticatorSignsNobodyIn() {
    assertEquals(FactorUse.WRONG, authenticator.use(codeAt(NOW), NOW, OWNER));
  }

  @Test
  void aWrongFirstCodeConfirmsNothing() {
    assertTrue(authenticator.confirm(wrong(codeAt(NOW)), NOW, OWNER).isEmpty());
    assertEquals(false, authenticator.isConfirmed());
  }

  @Test
  void confirmingGivesTenDifferentRecoveryCodesAndUsesTheFirstCode() {
    List<String> codes = authenticator.confirm(codeAt(NOW), NOW, OWNER).orElseThrow();
    assertEquals(10, codes.size());
    assertEquals(10, new HashSet<>(codes).size());
    assertTrue(
        codes.stream().allMatch(code -> code.matches("[a-z2-7]{5}-[a-z2-7]{5}")), "" + codes);
    assertEquals(10, authenticator.recoveryCodesLeft());
    assertEquals(FactorUse.WRONG, authenticator.use(codeAt(NOW), NOW, OWNER));
  }

  @Test
  void theNextCodeSignsInOnce() {
    authenticator.confirm(codeAt(NOW), NOW, OWNER);
    Instant later = NOW.plusSeconds(30);
    assertEquals(FactorUse.APP_CODE, authenticator.use(codeAt(later), later, OWNER));
    assertEquals(FactorUse.WRONG, authenticator.use(codeAt(later), later, OWNER));
  }

  @Test
  void aRecoveryCodeSignsInOnceHoweverItIsTyped() {
    List<String> codes = authenticator.confirm(codeAt(NOW), NOW, OWNER).orElseThrow();
    String typed = " " + codes.get(3).toUpperCase(Locale.ROOT).replace("-", " ") + " ";
    assertEquals(FactorUse.RECOVERY_CODE, authenticator.use(typed, NOW, OWNER));
    assertEquals(FactorUse.WRONG, authenticator.use(codes.get(3), NOW, OWNER));
    assertEquals(9, authenticator.recoveryCodesLeft());
    assertEquals(FactorUse.RECOVERY_CODE, authenticator.use(codes.get(9), NOW, OWNER));
  }

  @Test
  void anotherAccountsCodesDoNotWork() {
    Authenticator other = new Authenticator(TotpCodes.newSecret(), OWNER);
    List<String> othersCodes = other.confirm(codeAt(other, NOW), NOW, OWNER).orElseThrow();
    authenticator.confirm(codeAt(NOW), NOW, OWNER);
    Instant later = NOW.plusSeconds(30);
    assertEquals(FactorUse.WRONG, authenticator.use(codeAt(other, later), later, OWNER));
    assertEquals(FactorUse.WRONG, authenticator.use(othersCodes.get(0), later, OWNER));
  }

  @Test
  void everyRecoveryCodeUsedLeavesNoneAndTheAppStillWorks() {
    List<String> codes = authenticator.confirm(codeAt(NOW), NOW, OWNER).orElseThrow();
    codes.forEach(
        code -> assertEquals(FactorUse.RECOVERY_CODE, authenticator.use(code, NOW, OWNER)));
    assertEquals(0, authenticator.recoveryCodesLeft());
    assertEquals(FactorUse.WRONG, authenticator.use("", NOW, OWNER));
    Instant later = NOW.plusSeconds(30);
    assertEquals(FactorUse.APP_CODE, authenticator.use(codeAt(later), later, OWNER));
  }

  private String codeAt(Instant at) {
    return codeAt(authenticator, at);
  }

  private static String codeAt(Authenticator authenticator, Instant at) {
    return TotpCodes.codeAt(authenticator.secret(OWNER), TotpCodes.step(at));
  }

  private static String wrong(String code) {
    return String.valueOf((Integer.parseInt(code) + 1) % 1_000_000 + 1_000_000).substring(1);
  }
}
