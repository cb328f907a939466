package com.propaganda.dashboard.passwords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.errors.FieldErrors;
import com.propaganda.dashboard.errors.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @Test
  void theShippedListHasAtLeastTenThousandEntries() {
    assertTrue(CommonPasswords.size() >= 10_000, "entries: " + CommonPasswords.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"short", "elevenchars", "password1234", "PASSWORD1234", "Qwerty123456"})
  void shortOrCommonPasswordsAreRefused(String password) {
    assertFalse(accepted(password), password);
  }

  @ParameterizedTest
  @ValueSource(strings = {"twelve chars", "correct horse battery staple", "ŝlosilo-ĉiutage-7"})
  void longUncommonPasswordsNeedNoSymbolsOrDigits(String password) {
    assertTrue(accepted(password), password);
  }

  @Test
  void sixtyFourAndMoreCharactersAreAllowedUpTo128() {
    assertTrue(accepted("a".repeat(40) + " b".repeat(12)));
    assertTrue(accepted("x".repeat(128)));
    assertFalse(accepted("x".repeat(129)));
  }

  private static boolean accepted(String password) {
    try {
      PasswordPolicy.check(new FieldErrors(), "password", password).throwIfAny();
      return true;
    } catch (InvalidInputException refused) {
      assertEquals(1, refused.fieldMessages().size());
      return false;
    }
  }
}
