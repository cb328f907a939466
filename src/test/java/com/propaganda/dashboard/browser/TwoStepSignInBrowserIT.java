package com.propaganda.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.propaganda.dashboard.passwords.PasswordHasher;
import com.propaganda.dashboard.platform.SecretBox;
import com.propaganda.dashboard.testsupport.OwnerDatabase;
import com.propaganda.dashboard.testsupport.TestData;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Two-step sign-in end to end, as a person with a phone does it: set up the app from the page,
 * confirm it, sign in with a code, with a recovery code (once), and turn it off. The account is
 * made for the test in the demo client Northwind, so no demo account is left with a second factor.
 */
class TwoStepSignInBrowserIT extends BrowserTest {

  private static final TimeBasedOneTimePasswordGenerator APP =
      new TimeBasedOneTimePasswordGenerator();

  private final String email = "two.step." + UUID.randomUUID() + "@northwind.example";

  private final String repEmail = "rep." + UUID.randomUUID() + "@northwind.example";

  @BeforeEach
  void anAdminAndARepOfNorthwind() throws SQLException {
    String hash = PasswordHasher.hash(DEMO_PASSWORD.toCharArray());
    addUser(email, "Tess Twostep", "admin", hash);
    addUser(repEmail, "Ray Required", "sales", hash);
  }

  /** Kept, as the audit log names them, but out of the demo client's team list. */
  @AfterEach
  void deactivateThemAndDropThePolicy() throws SQLException {
    execute("UPDATE users SET is_active = false WHERE email IN (?, ?)", email, repEmail);
    execute("UPDATE clients SET second_factor_roles = '' WHERE workspace = ?", "northwind");
  }

  @Test
  void aRoleTheCeoRequiresItForSetsItUpBeforeAnythingElse() throws Exception {
    browser.signIn("northwind", "ceo@northwind.example", DEMO_PASSWORD);
    browser.click(By.id("nav-sign-in-policy"));
    browser.click(By.xpath("//label[text()='sales']"));
    browser.click(By.id("policy-form:save"));
    browser.waitFor(By.cssSelector(".ui-messages-info"));
    browser.screenshot("sign-in-policy-ceo");
    browser.click(By.id("user-menu:sign-out"));

    browser.signIn("northwind", repEmail, DEMO_PASSWORD);
    assertAt("/app/two-step.xhtml");
    assertEquals(
        "Your workspace requires two-step sign-in for your role. Set it up to go on.",
        browser.waitFor(By.id("two-step:required")).getText());
    browser.screenshot("two-step-required-sales");
    browser.open("app/calls.xhtml");
    assertAt("/app/two-step.xhtml");

    browser.click(By.id("two-step:begin"));
    String secret = browser.waitFor(By.id("secret")).getText().replace(" ", "");
    browser.type(By.id("two-step:code"), codeAt(secret, 0));
    browser.click(By.id("two-step:confirm"));
    browser.waitFor(By.id("recovery-codes"));
    assertTrue(browser.driver().findElements(By.id("two-step:remove")).isEmpty());
    browser.open("app/calls.xhtml");
    assertAt("/app/calls.xhtml");
  }

  @Test
  void theAppsCodesAndTheRecoveryCodesEachSignInOnce() throws Exception {
    browser.signIn("northwind", email, DEMO_PASSWORD);
    browser.open("app/two-step.xhtml");
    browser.screenshot("two-step-off-admin");
    browser.click(By.id("two-step:begin"));
    String secret = browser.waitFor(By.id("secret")).getText().replace(" ", "");
    assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
    assertTrue(browser.driver().findElement(By.cssSelector(".qr-code svg title")) != null);
    browser.screenshot("two-step-setup-admin");

    browser.type(By.id("two-step:code"), wrong(codeAt(secret, 0)));
    browser.click(By.id("two-step:confirm"));
    assertEquals(
        "That is not the code your app shows now. Check the app's clock.",
        messageFor("two-step:code"));

    String first = codeAt(secret, 0);
    browser.type(By.id("two-step:code"), first);
    browser.click(By.id("two-step:confirm"));
    List<String> recovery =
        browser.waitFor(By.id("recovery-codes")).findElements(By.tagName("code")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(10, recovery.size());
    browser.screenshot("two-step-recovery-codes-admin");

    signOutAndInWithPassword();
    assertAt("second-factor.xhtml");
    browser.open("app/dashboard.xhtml");
    assertTrue(
        browser.driver().getCurrentUrl().contains("login.xhtml"),
        "a password alone opened " + browser.driver().getCurrentUrl());

    browser.signInHere("northwind", email, DEMO_PASSWORD);
    secondStep(first);
    assertEquals(
        "That code is not right, or was used already. Type the code your app shows now.",
        messageFor("second-factor:code"));
    browser.screenshot("second-factor-refused");
    secondStep(codeAt(secret, 1));
    assertAt("/app/dashboard.xhtml");

    signOutAndInWithPassword();
    secondStep(recovery.get(0).toUpperCase(Locale.ROOT));
    assertAt("/app/dashboard.xhtml");

    signOutAndInWithPassword();
    secondStep(recovery.get(0));
    assertAt("second-factor.xhtml");
    secondStep(recovery.get(1));
    browser.open("app/two-step.xhtml");
    assertEquals("8", browser.waitFor(By.id("two-step:codes-left")).getText());
    browser.screenshot("two-step-on-admin");

    browser.type(By.id("two-step:remove-code"), recovery.get(2));
    browser.waitUntilGone(browser.click(By.id("two-step:remove")));
    browser.screenshot("two-step-removed-admin");
    browser.waitFor(By.id("two-step:begin"));
    signOutAndInWithPassword();
    assertAt("/app/dashboard.xhtml");
  }

  @Test
  void theCeoResetsALostAppAndTheOwnersSessionsEnd() throws Exception {
    browser.signIn("northwind", email, DEMO_PASSWORD);
    browser.open("app/two-step.xhtml");
    browser.click(By.id("two-step:begin"));
    String secret = browser.waitFor(By.id("secret")).getText().replace(" ", "");
    browser.type(By.id("two-step:code"), codeAt(secret, 0));
    browser.click(By.id("two-step:confirm"));
    browser.waitFor(By.id("recovery-codes"));

    try (Browser ceo = new Browser(browser.url(""))) {
      ceo.signIn("northwind", "ceo@northwind.example", DEMO_PASSWORD);
      ceo.open("app/manage/team.xhtml");
      ceo.click(
          By.xpath("//tr[td[text()='" + email + "']]//button[span[text()='Reset two-step']]"));
      ceo.click(By.id("team-form:confirm-yes"));
      ceo.waitFor(By.cssSelector(".ui-growl-message"));
      ceo.screenshot("team-second-factor-reset-ceo");
      assertTrue(
          ceo.driver()
              .findElements(
                  By.xpath(
                      "//tr[td[text()='" + email + "']]//button[span[text()='Reset two-step']]"))
              .isEmpty());
    }

    browser.open("app/calls.xhtml");
    assertAt("login.xhtml");
    browser.signInHere("northwind", email, DEMO_PASSWORD);
    assertAt("/app/calls.xhtml");
  }

  @Test
  void everyKindOfAccountFindsTwoStepSignInInItsMenu() {
    for (String[] account :
        List.of(
            new String[] {"acme", "ceo@acme.example", "app", "ceo"},
            new String[] {"acme", "rita@acme.example", "app", "sales"})) {
      browser.signIn(account[0], account[1], DEMO_PASSWORD);
      browser.click(By.id("nav-two-step"));
      browser.waitFor(By.id("two-step:begin"));
      assertTrue(browser.driver().getCurrentUrl().endsWith(account[2] + "/two-step.xhtml"));
      browser.screenshot("two-step-off-" + account[3]);
      browser.click(By.id("user-menu:sign-out"));
    }
  }

  @Test
  void aCodeOfAnotherAccountsAppIsRefused() throws Exception {
    String mine = withApp(email);
    String theirs = withApp(repEmail);
    browser.signIn("northwind", email, DEMO_PASSWORD);
    secondStep(codeAt(theirs, 0));
    assertEquals(
        "That code is not right, or was used already. Type the code your app shows now.",
        messageFor("second-factor:code"));
    secondStep(codeAt(mine, 0));
    assertAt("/app/dashboard.xhtml");
  }

  /**
   * A passkey made in Chromium's virtual authenticator signs in after the password instead of a
   * code; without the authenticator that holds it, nothing does.
   */
  @Test
  void aPasskeySignsInInsteadOfACodeAndOnlyFromTheAuthenticatorThatHoldsIt() throws Exception {
    String secret = withApp(email);
    browser.signIn("northwind", email, DEMO_PASSWORD);
    secondStep(codeAt(secret, 0));
    HasVirtualAuthenticator chromium = (HasVirtualAuthenticator) browser.driver();
    VirtualAuthenticator laptop = chromium.addVirtualAuthenticator(authenticatorOptions());
    addPasskey("app/two-step.xhtml", "Work laptop");
    browser.screenshot("two-step-passkeys-admin");
    assertEquals(1, laptop.getCredentials().size());

    browser.click(By.id("user-menu:sign-out"));
    browser.signIn("northwind", email, DEMO_PASSWORD);
    assertAt("second-factor.xhtml");
    browser.screenshot("second-factor-passkey");
    browser.waitUntilGone(browser.click(By.id("use-passkey")));
    assertAt("/app/dashboard.xhtml");
    assertEquals(
        "1",
        new TestData()
            .text(
                "SELECT count(*) FROM audit_logs a JOIN users u ON u.id = a.user_id"
                    + " WHERE u.email = ? AND a.new_values ->> 'event' = 'sign-in with a passkey'",
                email));

    chromium.removeVirtualAuthenticator(laptop);
    chromium.addVirtualAuthenticator(authenticatorOptions());
    browser.click(By.id("user-menu:sign-out"));
    browser.signIn("northwind", email, DEMO_PASSWORD);
    browser.click(By.id("use-passkey"));
    assertTrue(
        browser.waitFor(By.id("passkey-problem")).getText().startsWith("No passkey was used"),
        browser.driver().findElement(By.id("passkey-problem")).getText());
    assertAt("second-factor.xhtml");
  }

  @Test
  void anOperatorSignsInWithAPasskeyToo() {
    OperatorWithApp operator = OperatorWithApp.create(DEMO_PASSWORD);
    operator.signIn(browser, DEMO_PASSWORD);
    ((HasVirtualAuthenticator) browser.driver()).addVirtualAuthenticator(authenticatorOptions());
    addPasskey("agency/two-step.xhtml", "Agency key");
    browser.screenshot("two-step-passkeys-operator");
    browser.click(By.id("user-menu:sign-out"));
    browser.signIn("agency", operator.email(), DEMO_PASSWORD);
    browser.waitUntilGone(browser.click(By.id("use-passkey")));
    assertAt("/agency/clients.xhtml");
  }

  /** Chromium's virtual authenticator, as a laptop's with a screen lock. */
  private static VirtualAuthenticatorOptions authenticatorOptions() {
    return new VirtualAuthenticatorOptions()
        .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
        .setHasUserVerification(true)
        .setIsUserVerified(true);
  }

  private void addPasskey(String twoStepPage, String name) {
    browser.open(twoStepPage);
    browser.type(By.id("passkeys:passkey-name"), name);
    browser.click(By.id("add-passkey"));
    assertEquals(
        name, browser.waitFor(By.cssSelector("[id='passkeys:passkey-list'] tbody td")).getText());
  }

  /** A confirmed app for the account, with a key the test knows, sealed as the server seals it. */
  private static String withApp(String account) {
    TestData data = new TestData();
    UUID user = UUID.fromString(data.text("SELECT id FROM users WHERE email = ?", account));
    byte[] key = new byte[20];
    new SecureRandom().nextBytes(key);
    String secret = new Base32().encodeToString(key);
    data.execute(
        "INSERT INTO user_factors (id, client_id, totp_secret, confirmed_at)"
            + " SELECT id, client_id, ?, now() FROM users WHERE id = ?",
        SecretBox.seal(secret, user),
        user);
    return secret;
  }

  /** The demo operator has no app yet: the agency requires one, so setting it up comes first. */
  @Test
  void anOperatorWithoutAnAppSetsItUpBeforeAnythingElse() {
    String operator = "ops." + UUID.randomUUID() + "@agency.example";
    new TestData()
        .execute(
            "INSERT INTO operators (id, email, password_hash, name)"
                + " VALUES (gen_random_uuid(), ?, ?, 'New Operator')",
            operator,
            PasswordHasher.hash(DEMO_PASSWORD.toCharArray()));
    browser.signIn("agency", operator, DEMO_PASSWORD);
    assertAt("/agency/two-step.xhtml");
    assertEquals(
        "The agency requires two-step sign-in of every operator. Set it up to go on.",
        browser.waitFor(By.id("two-step:required")).getText());
    browser.screenshot("two-step-required-operator");
    browser.open("agency/clients.xhtml");
    assertAt("/agency/two-step.xhtml");
  }

  private void assertAt(String page) {
    String url = browser.driver().getCurrentUrl();
    assertTrue(url.contains(page), "at " + url + " instead of " + page);
  }

  private void signOutAndInWithPassword() {
    browser.open("app/calls.xhtml");
    browser.click(By.id("user-menu:sign-out"));
    browser.signIn("northwind", email, DEMO_PASSWORD);
  }

  private void secondStep(String code) {
    browser.type(By.id("second-factor:code"), code);
    WebElement verify = browser.click(By.id("second-factor:verify"));
    browser.waitUntilGone(verify);
  }

  private String messageFor(String field) {
    return browser
        .waitFor(
            By.cssSelector("[id='" + field + "'] ~ .ui-message-error, .ui-messages-error-summary"))
        .getText();
  }

  /** The code an app shows {@code steps} steps from now. */
  private static String codeAt(String secret, int steps) throws GeneralSecurityException {
    return APP.generateOneTimePasswordString(
        new SecretKeySpec(new Base32().decode(secret), APP.getAlgorithm()),
        Instant.now().plus(APP.getTimeStep().multipliedBy(steps)),
        Locale.ROOT);
  }

  private static String wrong(String code) {
    return String.valueOf((Integer.parseInt(code) + 1) % 1_000_000 + 1_000_000).substring(1);
  }

  private static void addUser(String email, String name, String role, String hash)
      throws SQLException {
    execute(
        "INSERT INTO users (id, client_id, email, password_hash, name, role) SELECT"
            + " gen_random_uuid(), id, ?, ?, ?, ? FROM clients WHERE workspace = 'northwind'",
        email,
        hash,
        name,
        role);
  }

  private static void execute(String sql, String... parameters) throws SQLException {
    try (Connection owner = OwnerDatabase.dataSource().getConnection();
        PreparedStatement statement = owner.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }
}
