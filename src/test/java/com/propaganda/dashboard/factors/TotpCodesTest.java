package com.propaganda.dashboard.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpCodesTest {

  /** RFC 6238's SHA-1 key, the ASCII "12345678901234567890", in Base32. */
  private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  /** RFC 6238 appendix B: the last six of its eight digits, as apps show them. */
  @ParameterizedTest
  @CsvSource({"59, 287082", "1111111109, 081804", "1234567890, 005924", "2000000000, 279037"})
  void makesTheCodesOfRfc6238(long epochSecond, String code) {
    Instant at = Instant.ofEpochSecond(epochSecond);
    assertEquals(code, TotpCodes.codeAt(RFC_SECRET, TotpCodes.step(at)));
    assertEquals(OptionalLong.of(TotpCodes.step(at)), TotpCodes.stepOf(RFC_SECRET, code, at, 0));
  }

  @Test
  void aPhoneOneStepAheadOrBehindSignsInTwoStepsDoesNot() {
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    long step = TotpCodes.step(now);
    for (long off : new long[] {-1, 1}) {
      String code = TotpCodes.codeAt(RFC_SECRET, step + off);
      assertEquals(OptionalLong.of(step + off), TotpCodes.stepOf(RFC_SECRET, code, now, 0));
    }
    for (long off : new long[] {-2, 2}) {
      String code = TotpCodes.codeAt(RFC_SECRET, step + off);
      assertEquals(OptionalLong.empty(), TotpCodes.stepOf(RFC_SECRET, code, now, 0));
    }
  }

  @Test
  void aCodeIsGoodOnceAndNoOlderCodeAfterIt() {
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    long step = TotpCodes.step(now);
    String current = TotpCodes.codeAt(RFC_SECRET, step);
    String previous = TotpCodes.codeAt(RFC_SECRET, step - 1);
    assertEquals(OptionalLong.empty(), TotpCodes.stepOf(RFC_SECRET, current, now, step));
    assertEquals(OptionalLong.empty(), TotpCodes.stepOf(RFC_SECRET, previous, now, step));
    String next = TotpCodes.codeAt(RFC_SECRET, step + 1);
    assertEquals(OptionalLong.of(step + 1), TotpCodes.stepOf(RFC_SECRET, next, now, step));
  }

  @Test
  void spacesAndDashesAsAppsShowThemAreAllowed() {
    Instant at = Instant.ofEpochSecond(59);
    assertTrue(TotpCodes.stepOf(RFC_SECRET, " 287 082 ", at, 0).isPresent());
    assertTrue(TotpCodes.stepOf(RFC_SECRET, "287-082", at, 0).isPresent());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "28708",
        "2870822",
        "28708a",
        "２８７０８２",
        "287082\u0000",
        "999999999999999999999999999999999999999999999999999999"
      })
  void anythingButSixDigitsIsNoCode(String typed) {
    assertEquals(
        OptionalLong.empty(), TotpCodes.stepOf(RFC_SECRET, typed, Instant.ofEpochSecond(59), 0));
  }

  @Test
  void newSecretsAre160BitsOfBase32AndDiffer() {
    String secret = TotpCodes.newSecret();
    assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
    assertNotEquals(secret, TotpCodes.newSecret());
  }

  @Test
  void theAppsAddressNamesIssuerAccountAndTheStandardParameters() {
    assertEquals(
        "otpauth://totp/Propaganda%20Dashboard:ceo%40acme.example?secret=ABCD"
            + "&issuer=Propaganda%20Dashboard&algorithm=SHA1&digits=6&period=30",
        TotpCodes.uri("Propaganda Dashboard", "ceo@acme.example", "ABCD"));
  }
}
