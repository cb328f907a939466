package com.propaganda.dashboard.users;

import static com.propaganda.dashboard.testsupport.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.security.SetPasswordService;
import com.propaganda.dashboard.testsupport.FormSignIn;
import com.propaganda.dashboard.testsupport.MailDrop;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TwoClients;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpClient;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Team management: who may change whom, and the client's last ceo. */
@ExtendWith(ArquillianExtension.class)
class TeamServiceIT extends TwoClients {

  private static final String NEW_PASSWORD = "a brand new passphrase";

  @EJB private TeamService team;

  @EJB private AccountService account;

  @EJB private SetPasswordService setPassword;

  @Inject private HttpServletRequest request;

  @Test
  void theTeamListsEveryoneAndWhoUsesTwoStepSignIn() {
    withSecondFactor(tenant.rep());
    tenant.signInAs(signIn, Role.ADMIN);
    List<TeamMember> members = team.members();
    assertEquals(4, members.size());
    assertEquals(
        List.of(tenant.rep()),
        members.stream().filter(TeamMember::hasSecondFactor).map(TeamMember::id).toList());
    assertTrue(team.member(tenant.rep()).hasSecondFactor());
    assertFalse(team.member(tenant.otherRep()).hasSecondFactor());
  }

  @Test
  void aResetFollowsTheTeamsRanksAndEndsTheSessions() {
    withSecondFactor(tenant.rep());
    tenant.signInAs(signIn, Role.ADMIN);
    // Once signed in: a sign-in of an account with a factor asks for a code.
    withSecondFactor(tenant.admin());
    assertRejected("secondFactor", () -> team.resetSecondFactor(tenant.ceo()));
    assertRejected("secondFactor", () -> team.resetSecondFactor(tenant.admin()));
    assertRejected("secondFactor", () -> team.resetSecondFactor(tenant.otherRep()));
    assertThrows(NotFoundException.class, () -> team.resetSecondFactor(other.rep()));
    team.resetSecondFactor(tenant.rep());
    assertFalse(team.member(tenant.rep()).hasSecondFactor());
    assertEquals(
        "1",
        data.text(
            "SELECT count(*) FROM users WHERE id = ? AND sessions_ended_at IS NOT NULL",
            tenant.rep()));
    assertEquals(
        "second factor reset",
        data.text(
            "SELECT new_values ->> 'event' FROM audit_logs WHERE record_id = ?"
                + " AND new_values ->> 'event' = 'second factor reset'",
            tenant.rep()));

    tenant.signInAs(signIn, Role.CEO);
    withSecondFactor(tenant.ceo());
    team.resetSecondFactor(tenant.admin());
    assertFalse(team.member(tenant.admin()).hasSecondFactor());
    assertRejected("secondFactor", () -> team.resetSecondFactor(tenant.ceo()));
    assertTrue(team.member(tenant.ceo()).hasSecondFactor());
  }

  private void withSecondFactor(UUID user) {
    data.execute(
        "INSERT INTO user_factors (id, client_id, totp_secret, confirmed_at)"
            + " SELECT id, client_id, 'v1:sealed elsewhere', now() FROM users WHERE id = ?",
        user);
  }

  @Test
  void anAdminAddsARepWhoSetsTheirOwnPasswordThroughTheMailedLinkOnce() {
    tenant.signInAs(signIn, Role.ADMIN);
    UUID id = team.create(new NewMember("New Rep", " New.Rep@Tenant.example", Role.SALES));
    assertEquals("new.rep@tenant.example", data.text("SELECT email FROM users WHERE id = ?", id));
    assertEquals("!", data.text("SELECT password_hash FROM users WHERE id = ?", id));
    String token =
        MailDrop.linkToken(MailDrop.latestTo("new.rep@tenant.example", tenant.workspace()));
    assertEquals(
        "New Rep", setPassword.account(token).orElseThrow().name(), "the page names the account");

    setPassword.setPassword(token, NEW_PASSWORD, NEW_PASSWORD);

    assertTrue(
        data.text("SELECT password_hash FROM users WHERE id = ?", id).startsWith("$argon2id$"));
    assertTrue(setPassword.account(token).isEmpty(), "a used link opens nothing");
    assertRejected(
        "password",
        () -> setPassword.setPassword(token, "yet another passphrase", "yet another passphrase"));
    assertEquals(
        id + "|UPDATE",
        data.text(
            "SELECT user_id || '|' || action FROM audit_logs WHERE record_id = ?"
                + " AND 'password_hash' = ANY (changed_fields)",
            id),
        "the change is the user's own in the log");
  }

  @Test
  void aLinkPasswordMustKeepThePolicyAndBeTypedTwiceAlike() {
    tenant.signInAs(signIn, Role.ADMIN);
    team.sendPasswordLink(tenant.rep());
    String token = MailDrop.linkToken(MailDrop.latestTo("rep@tenant.example", tenant.workspace()));

    assertRejected("password", () -> setPassword.setPassword(token, "short", "short"));
    assertRejected(
        "repeated", () -> setPassword.setPassword(token, NEW_PASSWORD, NEW_PASSWORD + "!"));
    assertTrue(setPassword.account(token).isPresent(), "a refused password spends nothing");
  }

  @Test
  void emailIsUniquePerClientOnly() {
    tenant.signInAs(signIn, Role.ADMIN);
    assertRejected(
        "email", () -> team.create(new NewMember("Twin", "rep@tenant.example", Role.SALES)));
    // other has a rep with this email as well: each client has its own.
    assertEquals(
        "rep@tenant.example", data.text("SELECT email FROM users WHERE id = ?", other.rep()));
  }

  @Test
  void newUsersNeedANameAnEmailAndARole() {
    tenant.signInAs(signIn, Role.CEO);
    assertRejected("name", () -> team.create(new NewMember(" ", "n@t.example", Role.SALES)));
    assertRejected("role", () -> team.create(new NewMember("No role", "r@t.example", null)));
    assertRejected("email", () -> team.create(new NewMember("Bad", "not-an-email", Role.SALES)));
  }

  @Test
  void anAdminNeverCreatesChangesOrDeactivatesACeo() {
    tenant.signInAs(signIn, Role.ADMIN);
    assertRejected("role", () -> team.create(new NewMember("Boss", "boss@t.example", Role.CEO)));
    assertRejected("role", () -> team.changeRole(tenant.ceo(), Role.SALES));
    assertRejected("role", () -> team.changeRole(tenant.rep(), Role.CEO));
    assertRejected("role", () -> team.setActive(tenant.ceo(), false));
    assertRejected("role", () -> team.sendPasswordLink(tenant.ceo()));
    assertEquals("ceo", data.text("SELECT role FROM users WHERE id = ?", tenant.ceo()));
  }

  @Test
  void anAdminManagesAdminsAndReps() {
    tenant.signInAs(signIn, Role.ADMIN);
    team.changeRole(tenant.rep(), Role.ADMIN);
    team.setActive(tenant.otherRep(), false);
    String hashBefore = data.text("SELECT password_hash FROM users WHERE id = ?", tenant.rep());
    team.sendPasswordLink(tenant.rep());
    assertEquals("admin", data.text("SELECT role FROM users WHERE id = ?", tenant.rep()));
    assertEquals(
        "false", data.text("SELECT is_active::text FROM users WHERE id = ?", tenant.otherRep()));
    assertEquals(
        hashBefore,
        data.text("SELECT password_hash FROM users WHERE id = ?", tenant.rep()),
        "the current password works until the link is used");
    MailDrop.linkToken(MailDrop.latestTo("rep@tenant.example", tenant.workspace()));
  }

  @Test
  void theLastActiveCeoCannotBeDemotedOrDeactivated() {
    tenant.signInAs(signIn, Role.CEO);
    assertRejected("role", () -> team.changeRole(tenant.ceo(), Role.ADMIN));
    assertRejected("active", () -> team.setActive(tenant.ceo(), false));
    UUID second = team.create(new NewMember("Second Ceo", "ceo2@tenant.example", Role.CEO));
    team.changeRole(second, Role.ADMIN);
    team.changeRole(second, Role.CEO);
    team.setActive(second, false);
    assertRejected("role", () -> team.changeRole(tenant.ceo(), Role.SALES));
  }

  @Test
  void anotherClientsUserIsNotFound() {
    tenant.signInAs(signIn, Role.CEO);
    assertThrows(NotFoundException.class, () -> team.changeRole(other.rep(), Role.ADMIN));
    assertThrows(NotFoundException.class, () -> team.setActive(other.rep(), false));
    assertThrows(NotFoundException.class, () -> team.sendPasswordLink(other.rep()));
    assertTrue(team.members().stream().noneMatch(m -> m.id().equals(other.rep())));
    assertEquals("sales", data.text("SELECT role FROM users WHERE id = ?", other.rep()));
  }

  @Test
  void aRepCannotManageTheTeam() {
    tenant.signInAs(signIn, Role.SALES);
    assertThrows(EJBAccessException.class, () -> team.members());
    assertThrows(EJBAccessException.class, () -> team.changeRole(tenant.rep(), Role.ADMIN));
    assertThrows(
        EJBAccessException.class,
        () -> team.create(new NewMember("Me Too", "me@t.example", Role.SALES)));
  }

  @Test
  void everyoneChangesTheirOwnPasswordWithTheCurrentOne() {
    tenant.signInAs(signIn, Role.SALES);
    assertRejected("currentPassword", () -> account.changePassword("wrong", NEW_PASSWORD));
    assertRejected("newPassword", () -> account.changePassword(Tenant.PASSWORD, "short"));
    account.changePassword(Tenant.PASSWORD, NEW_PASSWORD);
    assertTrue(
        data.text("SELECT password_hash FROM users WHERE id = ?", tenant.rep())
            .startsWith("$argon2id$"));
    assertEquals(
        "false",
        data.text("SELECT must_change_password::text FROM users WHERE id = ?", tenant.rep()));
  }

  @Test
  void guessingTheCurrentPasswordIsThrottledLikeASignIn() {
    tenant.signInAs(signIn, Role.SALES);
    // Three free failures, then each blocks the account for longer (1 s, 2 s, 4 s...).
    int guesses = 0;
    while (guesses < 8 && !tooMany(() -> account.changePassword("a guess", NEW_PASSWORD))) {
      guesses++;
    }
    assertTrue(guesses >= 3 && guesses < 8, "refused after " + guesses + " guesses");
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> account.changePassword(Tenant.PASSWORD, NEW_PASSWORD));
    assertTrue(
        refused.fieldMessages().get("currentPassword").startsWith("Too many wrong passwords"),
        "even the right password waits: " + refused.getMessage());
  }

  private static boolean tooMany(Runnable change) {
    InvalidInputException rejected = assertThrows(InvalidInputException.class, change::run);
    return rejected.fieldMessages().get("currentPassword").startsWith("Too many");
  }

  @Test
  void aPasswordSetBySomeoneElseMustBeReplacedOnce() {
    data.execute("UPDATE users SET must_change_password = true WHERE id = ?", tenant.rep());
    tenant.signInAs(signIn, Role.SALES);
    assertTrue(account.mustChangePassword());
    account.changePassword(Tenant.PASSWORD, NEW_PASSWORD);
    assertFalse(account.mustChangePassword());
  }

  // The account is checked once per request: a change shows from the browser's next request.
  @Test
  void aDeactivatedUserIsRefusedOnTheSessionAlreadyOpen() throws Exception {
    HttpClient browser = browserSignedInAs(Role.SALES);
    assertTrue(opensTheCallList(browser));
    data.execute("UPDATE users SET is_active = false WHERE id = ?", tenant.rep());
    assertFalse(opensTheCallList(browser));
  }

  @Test
  void aChangedRoleIsRefusedOnTheSessionAlreadyOpen() throws Exception {
    HttpClient browser = browserSignedInAs(Role.ADMIN);
    assertTrue(opensTheCallList(browser));
    data.execute("UPDATE users SET role = 'sales' WHERE id = ?", tenant.admin());
    assertFalse(opensTheCallList(browser));
  }

  @Test
  void aDeactivatedClientsUsersAreRefusedOnSessionsAlreadyOpen() throws Exception {
    HttpClient browser = browserSignedInAs(Role.CEO);
    assertTrue(opensTheCallList(browser));
    data.execute("UPDATE clients SET is_active = false WHERE id = ?", tenant.id());
    assertFalse(opensTheCallList(browser));
  }

  private HttpClient browserSignedInAs(Role role) throws Exception {
    return FormSignIn.signIn(base(), tenant.workspace(), Tenant.emailOf(role), Tenant.PASSWORD)
        .client();
  }

  /** The call list, or the sign-in page when the session was ended. */
  private boolean opensTheCallList(HttpClient browser) throws Exception {
    return FormSignIn.get(browser, base() + "app/calls.xhtml").body().contains("id=\"calls-form\"");
  }

  private String base() {
    return "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/";
  }
}
