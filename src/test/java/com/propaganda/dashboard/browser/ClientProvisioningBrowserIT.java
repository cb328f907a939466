package com.propaganda.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.testsupport.MailDrop;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An operator provisions a client; its ceo signs in and chooses a password. */
class ClientProvisioningBrowserIT extends BrowserTest {

  @Test
  void anOperatorCreatesAClientAndItsCeoSignsIn() {
    String workspace = "w" + UUID.randomUUID().toString().substring(0, 8);
    String ceoEmail = "boss@" + workspace + ".example";
    OperatorWithApp.create(DEMO_PASSWORD).signIn(browser, DEMO_PASSWORD);

    browser.type(By.id("new-client:name"), "Globex " + workspace);
    browser.type(By.id("new-client:workspace"), workspace);
    browser.type(By.id("new-client:email"), "office@" + workspace + ".example");
    browser.type(By.id("new-client:ceoName"), "Hank Scorpio");
    browser.type(By.id("new-client:ceoEmail"), ceoEmail);
    browser.click(By.id("new-client:create"));
    browser.waitFor(By.xpath("//span[@class='client' and text()='Globex " + workspace + "']"));
    browser.screenshot("operator-clients");
    assertTrue(browser.driver().getPageSource().contains("Acme Growth Partners"));
    browser.click(By.id("user-menu:sign-out"));

    // The ceo opens the link mailed to them; nobody else ever knows their password.
    String token = MailDrop.linkToken(MailDrop.latestTo(ceoEmail, workspace));
    browser.open("set-password.xhtml?token=" + token);
    browser.type(By.id("set-password:password"), "my own secret phrase");
    browser.type(By.id("set-password:repeated"), "my own secret phrase");
    browser.screenshot("ceo-first-password");
    browser.click(By.id("set-password:save"));
    browser.waitFor(By.xpath("//*[text()='Your password is set; sign in with it.']"));
    browser.screenshot("ceo-password-set");
    browser.open("set-password.xhtml?token=" + token);
    browser.waitFor(By.xpath("//*[text()='This link has expired or was already used.']"));
    browser.screenshot("ceo-link-spent");

    browser.signIn(workspace, ceoEmail, "my own secret phrase");

    browser.waitFor(By.id("dashboard-form"));
    browser.screenshot("ceo-first-sign-in");
    assertEquals("Globex " + workspace, browser.waitFor(By.id("client-name")).getText());
    browser.open("app/calls.xhtml");
    browser.waitFor(By.id("calls-form:calls"));
    assertTrue(browser.driver().getPageSource().contains("No calls match."));
  }
}
