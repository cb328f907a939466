package com.propaganda.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.identity.Caller;
import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.passwords.PasswordHasher;
import com.propaganda.dashboard.testsupport.InTenant;
import com.propaganda.dashboard.testsupport.TestData;
import com.propaganda.dashboard.users.User;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in against the users table: one right answer, and one answer for every wrong one. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static final String SHARED_EMAIL = "pat@shared.example";

  private static final String HASH = PasswordHasher.hash(PASSWORD.toCharArray());

  @EJB private TestData data;

  @EJB private InTenant inTenant;

  @EJB private SignInService signIn;

  @Inject private IdentityStoreHandler identityStores;

  @Inject private RequestOrigin origin;

  @Test
  void theRightPasswordSignsInAndRecordsTheTime() {
    UUID client = data.client("Signin Co", true);
    UUID user = data.user(client, "ceo@signin.example", Role.CEO, HASH, true);

    Optional<SignedIn> signedIn = signIn.signIn(credential(client, "CEO@signin.example "));

    assertEquals(
        Optional.of(
            new SignedIn(
                new Caller(client, user).principalName(), "ceo", SignedIn.StillDue.NOTHING)),
        signedIn);
    assertNotNull(inTenant.run(client, em -> em.find(User.class, user).getLastLogin()));
  }

  @Test
  void theIdentityStoreGivesTheRoleAsGroupAndTheCallerAsPrincipal() {
    UUID client = data.client("Groups Co", true);
    UUID user = data.user(client, "admin@groups.example", Role.ADMIN, HASH, true);

    CredentialValidationResult result =
        identityStores.validate(credential(client, "admin@groups.example"));

    assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
    assertEquals(new Caller(client, user).principalName(), result.getCallerPrincipal().getName());
    assertEquals(Set.of("admin"), result.getCallerGroups());
  }

  @Test
  void aWrongPasswordFails() {
    UUID client = data.client("Wrong Co", true);
    UUID user = data.user(client, "rep@wrong.example", Role.SALES, HASH, true);

    assertEquals(
        Optional.empty(),
        signIn.signIn(
            new WorkspaceCredential(data.workspaceOf(client), "rep@wrong.example", "guess")));
    assertNull(inTenant.run(client, em -> em.find(User.class, user).getLastLogin()));
  }

  @Test
  void anInactiveUserCannotSignIn() {
    UUID client = data.client("Inactive User Co", true);
    data.user(client, "gone@inactive.example", Role.SALES, HASH, false);

    assertEquals(Optional.empty(), signIn.signIn(credential(client, "gone@inactive.example")));
  }

  @Test
  void usersOfAnInactiveClientCannotSignIn() {
    UUID client = data.client("Inactive Client Co", false);
    data.user(client, "ceo@inactiveclient.example", Role.CEO, HASH, true);

    assertEquals(Optional.empty(), signIn.signIn(credential(client, "ceo@inactiveclient.example")));
  }

  @Test
  void anUnknownWorkspaceOrEmailFailsLikeAWrongPassword() {
    UUID client = data.client("Unknown Co", true);
    data.user(client, "known@unknown.example", Role.SALES, HASH, true);

    assertEquals(
        Optional.empty(),
        signIn.signIn(
            new WorkspaceCredential("no-such-workspace", "known@unknown.example", PASSWORD)));
    assertEquals(Optional.empty(), signIn.signIn(credential(client, "nobody@unknown.example")));
  }

  @Test
  void theWorkspaceDecidesWhichOfTwoAccountsWithOneEmailSignsIn() {
    UUID first = data.client("First Co", true);
    UUID second = data.client("Second Co", true);
    UUID inFirst = data.user(first, SHARED_EMAIL, Role.SALES, HASH, true);
    UUID inSecond = data.user(second, SHARED_EMAIL, Role.ADMIN, HASH, true);

    SignedIn one = signIn.signIn(credential(first, SHARED_EMAIL)).orElseThrow();
    SignedIn two = signIn.signIn(credential(second, SHARED_EMAIL)).orElseThrow();

    assertEquals(
        new SignedIn(
            new Caller(first, inFirst).principalName(), "sales", SignedIn.StillDue.NOTHING),
        one);
    assertEquals(
        new SignedIn(
            new Caller(second, inSecond).principalName(), "admin", SignedIn.StillDue.NOTHING),
        two);
  }

  @Test
  void theDemoOperatorSignsInToTheAgencyWorkspaceOnly() {
    SignedIn operator =
        signIn
            .signIn(new WorkspaceCredential("agency", "ops@agency.example", "Demo-Propaganda-2026"))
            .orElseThrow();
    assertEquals("operator", operator.group());
    assertEquals(SignedIn.StillDue.SECOND_FACTOR_SETUP, operator.stillDue(), "operators must");
    assertEquals(
        Optional.empty(),
        signIn.signIn(
            new WorkspaceCredential("acme", "ops@agency.example", "Demo-Propaganda-2026")));
  }

  @Test
  void repeatedFailuresMakeAKnownAndAnUnknownAccountWaitAlike() {
    UUID client = data.client("Throttled Co", true);
    data.user(client, "target@throttled.example", Role.SALES, HASH, true);
    String workspace = data.workspaceOf(client);
    for (String email : new String[] {"target@throttled.example", "ghost@throttled.example"}) {
      for (int failure = 1; failure <= SignInThrottle.FREE_FAILURES + 1; failure++) {
        assertEquals(
            Optional.empty(),
            signIn.signIn(new WorkspaceCredential(workspace, email, "guess " + failure)));
      }
      // Blocked now, for the owner too: even the right password waits.
      assertEquals(
          Optional.empty(), signIn.signIn(new WorkspaceCredential(workspace, email, PASSWORD)));
      assertEquals(
          "4",
          data.text(
              "SELECT failures::text FROM sign_in_throttle WHERE account_key = ?",
              SignInThrottle.key(workspace, email)));
    }

    data.text(
        "UPDATE sign_in_throttle SET blocked_until = now() WHERE account_key = ? RETURNING 'ok'",
        SignInThrottle.key(workspace, "target@throttled.example"));
    assertTrue(signIn.signIn(credential(client, "target@throttled.example")).isPresent());
    assertEquals(
        null,
        data.text(
            "SELECT failures::text FROM sign_in_throttle WHERE account_key = ?",
            SignInThrottle.key(workspace, "target@throttled.example")));
  }

  @Test
  void anOverlongEmailIsRefusedWithoutThrottleRowAndLoggedShort() {
    String email = "x".repeat(10_000) + "@long.example";
    assertEquals(Optional.empty(), signIn.signIn(new WorkspaceCredential("acme", email, PASSWORD)));
    assertEquals(
        null,
        data.text(
            "SELECT failures::text FROM sign_in_throttle WHERE account_key = ?",
            SignInThrottle.key("acme", email)));
    assertEquals(
        "255",
        data.text(
            "SELECT length(new_values ->> 'email')::text FROM audit_logs"
                + " WHERE new_values ->> 'event' = 'sign-in refused: input too long or not text'"));
  }

  @Test
  void withEveryHashingPermitTakenASignInIsToldToTryAgainWithoutAHash() {
    UUID client = data.client("Busy Co", true);
    data.user(client, "busy@busy.example", Role.SALES, HASH, true);
    int permits = Runtime.getRuntime().availableProcessors();
    int taken = 0;
    try {
      while (taken < permits && HashingPermits.acquire()) {
        taken++;
      }
      assertEquals(Optional.empty(), signIn.signIn(credential(client, "busy@busy.example")));
      assertTrue(origin.isSignInBusy());
      assertEquals(
          null,
          data.text(
              "SELECT failures::text FROM sign_in_throttle WHERE account_key = ?",
              SignInThrottle.key(data.workspaceOf(client), "busy@busy.example")));
    } finally {
      for (int i = 0; i < taken; i++) {
        HashingPermits.release();
      }
    }
    assertTrue(signIn.signIn(credential(client, "busy@busy.example")).isPresent());
  }

  private WorkspaceCredential credential(UUID client, String email) {
    return new WorkspaceCredential(data.workspaceOf(client), email, PASSWORD);
  }
}
