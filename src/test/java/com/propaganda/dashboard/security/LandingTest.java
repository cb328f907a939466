package com.propaganda.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.propaganda.dashboard.identity.Roles;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where sign-in and its second step send a person: never off the site, never to another area. */
class LandingTest {

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "//evil.example/app/",
        "/app//evil.example",
        "https://evil.example/app/calls.xhtml",
        "/app/\\\\evil.example",
        "/app/calls.xhtml\r\nLocation: https://evil.example",
        "/agency/clients.xhtml",
        "/second-factor.xhtml",
        "app/calls.xhtml"
      })
  void anAddressThatIsNotAPageOfTheUsersAreaLandsHome(String next) {
    assertEquals(Landing.SALES_HOME, Landing.pageFor(as(Roles.SALES), next));
    assertEquals(Landing.MANAGER_HOME, Landing.pageFor(as(Roles.ADMIN), next));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/app/calls.xhtml?status=NO_SHOW", "/app/call.xhtml"})
  void aPageOfTheUsersAreaIsKept(String next) {
    assertEquals(next, Landing.pageFor(as(Roles.SALES), next));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/app/calls.xhtml", "//evil.example"})
  void anOperatorLandsInTheAgencyConsole(String next) {
    assertEquals(Landing.AGENCY_HOME, Landing.pageFor(as(Roles.OPERATOR), next));
    assertEquals(
        "/agency/rollup.xhtml", Landing.pageFor(as(Roles.OPERATOR), "/agency/rollup.xhtml"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"//evil.example", "https://evil.example", "/login.xhtml", "/app/\u0000"})
  void theSecondStepCarriesNoAddressButOurPages(String next) {
    assertEquals(Landing.SECOND_FACTOR, Landing.secondFactorPage(next));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/app/calls.xhtml?status=NO_SHOW&sort=when"})
  void theSecondStepCarriesAPageOfOursEncoded(String next) {
    assertEquals(
        Landing.SECOND_FACTOR + "?next=%2Fapp%2Fcalls.xhtml%3Fstatus%3DNO_SHOW%26sort%3Dwhen",
        Landing.secondFactorPage(next));
  }

  /** The caller's roles as the container tells them; the rest of the interface is not used. */
  private static SecurityContext as(String role) {
    Set<String> roles = Set.of(role);
    return new SecurityContext() {
      @Override
      public boolean isCallerInRole(String asked) {
        return roles.contains(asked);
      }

      @Override
      public Principal getCallerPrincipal() {
        return null;
      }

      @Override
      public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
        return Set.of();
      }

      @Override
      public boolean hasAccessToWebResource(String resource, String... methods) {
        return false;
      }

      @Override
      public AuthenticationStatus authenticate(
          HttpServletRequest request,
          HttpServletResponse response,
          AuthenticationParameters parameters) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
