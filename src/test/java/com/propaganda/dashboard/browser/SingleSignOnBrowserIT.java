package com.propaganda.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.passwords.PasswordHasher;
import com.propaganda.dashboard.platform.SecretBox;
import com.propaganda.dashboard.testsupport.FormSignIn;
import com.propaganda.dashboard.testsupport.ProviderReady;
import com.propaganda.dashboard.testsupport.TestData;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on against a real provider: Keycloak, started and configured by
 * src/scripts/keycloak.sh (the test command starts it). A client made for the test is connected to
 * it by its ceo on the sign-in policy page; a second client is connected to the same realm and
 * knows none of the first's people.
 */
class SingleSignOnBrowserIT extends BrowserTest {

  static final String ISSUER =
      "http://127.0.0.1:"
          + System.getenv().getOrDefault("KEYCLOAK_PORT", "18180")
          + "/realms/propaganda";

  /** As src/scripts/keycloak.sh configures the realm. */
  private static final String SECRET = "propaganda-sso-test-secret";

  private static final String PROVIDER_PASSWORD = "Sso-Test-2026";

  private static final String CEO_PASSWORD = "sso client ceo password";

  private static final TestData DATA = new TestData();

  private static UUID client;
  private static String workspace;
  private static String otherWorkspace;

  @BeforeAll
  static void twoClientsOfOneProvider() throws InterruptedException {
    ProviderReady.await(ISSUER);
    String hash = PasswordHasher.hash(CEO_PASSWORD.toCharArray());
    client = DATA.client("Single Sign-On Ltd", true);
    workspace = DATA.workspaceOf(client);
    DATA.user(client, "ceo@sso.example", Role.CEO, hash, true);
    DATA.user(client, "rep@sso.example", Role.SALES, PasswordHasher.NO_PASSWORD, true);
    DATA.user(client, "gone@sso.example", Role.SALES, PasswordHasher.NO_PASSWORD, false);
    DATA.user(client, "manager@sso.example", Role.SALES, PasswordHasher.NO_PASSWORD, true);
    UUID other = DATA.client("Other Provider Customer", true);
    otherWorkspace = DATA.workspaceOf(other);
    connect(other, ISSUER);
  }

  @Test
  void aCeoConnectsTheWorkspaceAndPeopleSignInThroughTheProvider() {
    connectOnThePolicyPage("both");

    assertEquals(
        "t",
        DATA.text(
            "SELECT count(*) > 0 AND bool_and(coalesce(new_values::text, '') NOT LIKE ?"
                + " AND new_values ->> 'secret' IS NULL)"
                + " FROM audit_logs WHERE client_id = ? AND table_name = 'client_single_sign_on'",
            "%" + SECRET + "%",
            client),
        "the connection's changes are audited, without the secret");

    // The return address goes through the provider and back, and is still only ever local.
    browser.open(
        "login.xhtml?next=" + URLEncoder.encode("//evil.example/x", StandardCharsets.UTF_8));
    signInHereThroughProvider(workspace, "rep@sso.example");
    assertAt("/app/calls.xhtml");
    browser.screenshot("sso-signed-in-sales");
    assertEquals(
        "1",
        DATA.text(
            "SELECT count(*) FROM audit_logs a JOIN users u ON u.id = a.user_id"
                + " WHERE a.client_id = ? AND u.email = 'rep@sso.example'"
                + " AND a.new_values ->> 'event' = 'sign-in through single sign-on'",
            client));

    browser.click(By.id("user-menu:sign-out"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains("signedOut=true"));
    assertAt("login.xhtml");
    // The provider's session ended too: the next sign-in asks for the password there again.
    startSingleSignOn(workspace);
    browser.waitFor(By.id("username"));
  }

  @Test
  void groupsGiveTheirMappedRole() {
    connectOnThePolicyPage("both");
    signInThroughProvider(workspace, "manager@sso.example");
    assertAt("/app/dashboard.xhtml");
    assertEquals(
        "admin",
        DATA.text(
            "SELECT role FROM users WHERE client_id = ? AND email = 'manager@sso.example'",
            client));
  }

  @Test
  void anUnknownEmailADeactivatedUserAndAnotherWorkspacesPersonAreRefused() {
    connectOnThePolicyPage("both");
    signInThroughProvider(workspace, "stranger@sso.example");
    assertEquals(
        "Nobody with the email stranger@sso.example may sign in to this workspace. Ask your ceo or"
            + " admin to add you.",
        notice());
    browser.screenshot("sso-refused-unknown-email");

    browser.close();
    browser = new Browser(browser.url(""));
    signInThroughProvider(workspace, "gone@sso.example");
    assertEquals("Your account in this workspace is deactivated.", notice());

    // The provider signs the ceo of the first client in, but the workspace is another client's.
    browser.close();
    browser = new Browser(browser.url(""));
    signInThroughProvider(otherWorkspace, "ceo@sso.example");
    assertTrue(notice().startsWith("Nobody with the email ceo@sso.example"), notice());
    assertEquals(
        "3",
        DATA.text(
            "SELECT count(*) FROM audit_logs WHERE client_id IN (?, (SELECT id FROM clients"
                + " WHERE workspace = ?)) AND new_values ->> 'event' LIKE"
                + " 'single sign-on refused:%'",
            client, otherWorkspace));
  }

  @Test
  void aClientThatChoseItMakesANewPersonASalesUserOnTheirFirstSignIn() {
    UUID open = DATA.client("Open Doors Co", true);
    connect(open, ISSUER);
    DATA.execute("UPDATE client_single_sign_on SET creates_sales_users = true WHERE id = ?", open);
    signInThroughProvider(DATA.workspaceOf(open), "stranger@sso.example");
    assertAt("/app/calls.xhtml");
    assertEquals(
        "sales|Stranger Example|!",
        DATA.text(
            "SELECT role || '|' || name || '|' || password_hash FROM users"
                + " WHERE client_id = ? AND email = 'stranger@sso.example'",
            open));
  }

  @Test
  void anAnswerThatIsNotThisBrowsersSignInIsRefused() {
    connectOnThePolicyPage("both");
    browser.open("sso/callback?code=forged&state=forged");
    assertEquals("This sign-in took too long or was already used. Start it again.", notice());

    startSingleSignOn(workspace);
    browser.waitFor(By.id("username"));
    browser.open("sso/callback?code=forged&state=not-the-one-sent");
    assertEquals(
        "The answer from the identity provider does not belong to this sign-in (state).", notice());
    // The sign-in it belonged to is spent: its own state is no good either now.
    browser.open("app/calls.xhtml");
    assertAt("login.xhtml");
  }

  @Test
  void singleSignOnOnlyRefusesPasswordsAndHidesTheForm() throws Exception {
    connectOnThePolicyPage("sso");
    browser.open("login.xhtml?workspace=" + workspace);
    browser.waitFor(By.id("login:sso"));
    assertTrue(browser.driver().findElements(By.id("login:password")).isEmpty());
    browser.screenshot("sso-only-sign-in-page");
    FormSignIn.SignedIn refused =
        FormSignIn.signIn(browser.url(""), workspace, "ceo@sso.example", CEO_PASSWORD);
    assertTrue(refused.landing().uri().getPath().endsWith("/login.xhtml"));
    // Passwords back on, for the other tests' ceo.
    signInThroughProvider(workspace, "ceo@sso.example");
    connectOnThePolicyPage("both");
  }

  @Test
  void aWrongIssuerIsShownToTheCeoAndASilentProviderAnswersWithinTenSeconds() throws Exception {
    signInAsCeo();
    browser.open("app/ceo/sign-in-policy.xhtml");
    fillConnection(ISSUER.replace("/propaganda", "/no-such-realm"), "both");
    browser.waitUntilGone(browser.click(By.id("sso-form:save-sso")));
    String why =
        browser.waitFor(By.cssSelector("[id='sso-form:issuer'] ~ .ui-message-error")).getText();
    assertTrue(why.contains("no valid OpenID Connect discovery document"), why);
    browser.scrollTo(By.id("sso-form:issuer"));
    browser.screenshot("sso-wrong-issuer-ceo");

    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<Socket> held = Collections.synchronizedList(new ArrayList<>());
      Thread holder =
          new Thread(
              () -> {
                try {
                  while (true) {
                    held.add(silent.accept());
                  }
                } catch (IOException closed) {
                  // the test is over
                }
              });
      holder.setDaemon(true);
      holder.start();
      UUID slow = DATA.client("Slow Provider Customer", true);
      connect(slow, "http://127.0.0.1:" + silent.getLocalPort() + "/realms/slow");
      Instant started = Instant.now();
      startSingleSignOn(DATA.workspaceOf(slow));
      assertTrue(
          notice().startsWith("The identity provider of this workspace did not answer"), notice());
      Duration took = Duration.between(started, Instant.now());
      assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
      browser.screenshot("sso-provider-silent");
      holder.interrupt();
      for (Socket socket : held) {
        socket.close();
      }
    }
    // The other workspaces still sign in through their provider.
    browser.close();
    browser = new Browser(browser.url(""));
    signInThroughProvider(otherWorkspace, "stranger@sso.example");
    assertTrue(notice().startsWith("Nobody with the email stranger@sso.example"));
  }

  @Test
  void anOperatorConnectsANewClientsWorkspaceBeforeItsCeoSignsIn() {
    String name = "Connected By The Agency " + UUID.randomUUID();
    UUID fresh = DATA.client(name, true);
    DATA.user(fresh, "ceo@sso.example", Role.CEO, PasswordHasher.NO_PASSWORD, true);
    OperatorWithApp.create(DEMO_PASSWORD).signIn(browser, DEMO_PASSWORD);
    browser.open("agency/clients.xhtml");
    browser.click(
        By.xpath(
            "//tr[td/span[@class='client' and text()='"
                + name
                + "']]//button[span[text()='Sign-in policy']]"));
    browser.waitFor(By.id("sso-form:issuer"));
    browser.click(By.xpath("//label[text()='admin']"));
    // A number field keeps its digits on clear(): select them and type over them.
    browser
        .waitFor(By.id("policy-form:session-idle-minutes_input"))
        .sendKeys(Keys.chord(Keys.CONTROL, "a"), "15");
    browser.click(By.id("policy-form:save"));
    browser.waitFor(By.cssSelector(".ui-growl-message"));
    assertEquals(
        "admin|15",
        DATA.text(
            "SELECT second_factor_roles || '|' || session_idle_minutes FROM clients WHERE id = ?",
            fresh));
    fillConnection(ISSUER, "sso");
    browser.screenshot("sign-in-policy-operator");
    browser.click(By.id("sso-form:save-sso"));
    // Saved once the provider answered: the dialog closes.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("sso-form:issuer")));
    assertEquals("sso", DATA.text("SELECT sign_in_methods FROM clients WHERE id = ?", fresh));
    assertEquals(
        "1",
        DATA.text(
            "SELECT count(*) FROM audit_logs WHERE client_id = ? AND operator_id IS NOT NULL"
                + " AND table_name = 'client_single_sign_on' AND action = 'INSERT'",
            fresh));
    browser.click(By.id("user-menu:sign-out"));

    signInThroughProvider(DATA.workspaceOf(fresh), "ceo@sso.example");
    assertAt("/app/dashboard.xhtml");
  }

  private void connectOnThePolicyPage(String ways) {
    signInAsCeo();
    browser.open("app/ceo/sign-in-policy.xhtml");
    fillConnection(ISSUER, ways);
    browser.type(By.id("sso-form:groups-claim"), "groups");
    browser.type(By.id("sso-form:role-mapping"), "sales-managers=admin");
    // The form posts and the page comes again: wait until the old one is gone.
    browser.waitUntilGone(browser.click(By.id("sso-form:save-sso")));
    browser.scrollTo(By.id("sso-form:connected"));
    browser.screenshot("sso-connected-ceo");
    browser.click(By.id("user-menu:sign-out"));
    browser.waitFor(By.id("login:workspace"));
  }

  private void fillConnection(String issuer, String ways) {
    browser.type(By.id("sso-form:issuer"), issuer);
    browser.type(By.id("sso-form:client-id"), "propaganda-dashboard");
    browser.type(By.id("sso-form:secret"), SECRET);
    browser.click(
        By.xpath("//label[@for=//input[@name='sso-form:methods' and @value='" + ways + "']/@id]"));
  }

  private void signInAsCeo() {
    if (browser.driver().getCurrentUrl().contains("/app/")) {
      return;
    }
    browser.signIn(workspace, "ceo@sso.example", CEO_PASSWORD);
    browser.waitFor(By.id("user-menu:sign-out"));
  }

  private void startSingleSignOn(String workspaceName) {
    browser.open("login.xhtml");
    startSingleSignOnHere(workspaceName);
  }

  private void startSingleSignOnHere(String workspaceName) {
    browser.type(By.id("login:workspace"), workspaceName);
    browser.driver().findElement(By.id("login:workspace")).sendKeys(Keys.TAB);
    browser.click(By.id("login:sso"));
  }

  private void signInThroughProvider(String workspaceName, String email) {
    browser.open("login.xhtml");
    signInHereThroughProvider(workspaceName, email);
  }

  private void signInHereThroughProvider(String workspaceName, String email) {
    startSingleSignOnHere(workspaceName);
    browser.type(By.id("username"), email);
    browser.type(By.id("password"), PROVIDER_PASSWORD);
    browser.screenshot("sso-keycloak-sign-in");
    browser.waitUntilGone(browser.click(By.id("kc-login")));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(driver -> !driver.getCurrentUrl().startsWith(ISSUER.replaceAll("/realms/.*", "")));
  }

  private String notice() {
    return browser.waitFor(By.id("login:sso-notice")).getText();
  }

  private void assertAt(String page) {
    String url = browser.driver().getCurrentUrl();
    assertTrue(url.contains(page), "at " + url + " instead of " + page);
  }

  /** A connection written as the page would, with the secret sealed under the server's key. */
  private static void connect(UUID clientId, String issuer) {
    DATA.execute(
        "INSERT INTO client_single_sign_on (id, client_id, issuer, provider_client_id, secret)"
            + " VALUES (?, ?, ?, 'propaganda-dashboard', ?)",
        clientId,
        clientId,
        issuer,
        SecretBox.seal(SECRET, clientId));
    DATA.execute("UPDATE clients SET sign_in_methods = 'both' WHERE id = ?", clientId);
  }
}
