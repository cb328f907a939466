package com.propaganda.dashboard.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.tenancy.SignInMethods;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionFormTest {

  @Test
  void aCompleteFormGivesItsSettingsWithTheDefaultEmailClaim() {
    ProviderSettings settings =
        form("https://login.example.com/realms/acme", "secret", "", "", "").settings(false);
    assertEquals("email", settings.emailClaim());
    assertEquals(Optional.empty(), settings.groupsClaim());
    assertEquals("propaganda", settings.clientId());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "login.example.com",
        "ftp://login.example.com",
        "javascript:alert(1)",
        "https://login.example.com/realms/acme?next=x",
        "https://login.example.com/\u0000"
      })
  void anIssuerIsAWebAddressWithoutQuery(String issuer) {
    assertEquals(Set.of("issuer"), problems(form(issuer, "secret", "", "", ""), false));
  }

  @Test
  void aSecretIsRequiredUntilOneIsKept() {
    ConnectionForm blank = form("https://login.example.com", "", "", "", "");
    assertEquals(Set.of("secret"), problems(blank, false));
    assertEquals("https://login.example.com", blank.settings(true).issuer());
    assertEquals(
        Set.of("secret"),
        problems(form("https://login.example.com", "x".repeat(1001), "", "", ""), true));
  }

  @Test
  void claimsAreNamesAndAMappingNeedsTheGroupsClaim() {
    assertEquals(
        Set.of("emailClaim", "groupsClaim"),
        problems(form("https://l.example", "s", "e mail", "<groups>", ""), false));
    assertEquals(
        Set.of("groupsClaim"),
        problems(form("https://l.example", "s", "", "", "team=admin"), false));
    assertEquals(
        Set.of("roleMapping"),
        problems(form("https://l.example", "s", "", "groups", "team=owner"), false));
  }

  private static Set<String> problems(ConnectionForm form, boolean secretKept) {
    return assertThrows(InvalidInputException.class, () -> form.settings(secretKept))
        .fieldMessages()
        .keySet();
  }

  private static ConnectionForm form(
      String issuer, String secret, String emailClaim, String groupsClaim, String mapping) {
    return new ConnectionForm(
        issuer, "propaganda", secret, emailClaim, groupsClaim, mapping, false, SignInMethods.BOTH);
  }
}
