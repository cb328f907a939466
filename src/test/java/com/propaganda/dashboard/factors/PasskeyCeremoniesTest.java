package com.propaganda.dashboard.factors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server's half of the passkey ceremonies without a browser: what the options say, and that no
 * answer, however broken, gets further than a refusal. Chromium's virtual authenticator makes and
 * uses real passkeys in TwoStepSignInBrowserIT.
 */
class PasskeyCeremoniesTest {

  private static final PasskeySite SITE =
      new PasskeySite("https://crm.example.com", "crm.example.com");

  @Test
  void creationOptionsBindThePasskeyToThisSiteAndPersonAndSkipTheirOtherPasskeys() {
    String challenge = PasskeyCeremonies.challenge();
    UUID user = UUID.fromString("6f1c2a9e-0000-4000-8000-000000000001");
    JsonObject options =
        json(
            PasskeyCeremonies.creationOptions(
                SITE, challenge, user, "pat@acme.example", List.of("AAAAAAAAAAAAAAAAAAAAAA")));
    assertEquals(challenge, options.getString("challenge"));
    assertEquals("crm.example.com", options.getJsonObject("rp").getString("id"));
    assertEquals("pat@acme.example", options.getJsonObject("user").getString("name"));
    assertEquals(
        List.of(-7, -257),
        options.getJsonArray("pubKeyCredParams").getValuesAs(JsonObject.class).stream()
            .map(parameter -> parameter.getInt("alg"))
            .toList());
    assertEquals(
        "AAAAAAAAAAAAAAAAAAAAAA",
        options.getJsonArray("excludeCredentials").getJsonObject(0).getString("id"));
    assertEquals("none", options.getString("attestation"));
  }

  @Test
  void eachCeremonyHasAChallengeOfItsOwn() {
    String one = PasskeyCeremonies.challenge();
    assertTrue(one.matches("[A-Za-z0-9_-]{43}"), one);
    assertNotEquals(one, PasskeyCeremonies.challenge());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "{}",
        "{\"id\":\"AAAA\",\"response\":{}}",
        "{\"id\":\"\u0000\",\"rawId\":\"\u0000\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"x\",\"attestationObject\":\"y\"}}",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
      })
  void aBrokenAnswerIsRefusedNeverThrown(String answer) {
    assertEquals(
        Optional.empty(), PasskeyCeremonies.register(answer, SITE, PasskeyCeremonies.challenge()));
    assertEquals(Optional.empty(), PasskeyCeremonies.credentialIdOf(answer));
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
