package com.propaganda.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An operator provisions a client; its ceo signs in and chooses a password. */
class ClientProvisioningBrowserIT extends BrowserTest {

  @Test
  void anOperatorCreatesAClientAndItsCeoSignsIn() {
    String workspace = "w" + UUID.randomUUID().toString().substring(0, 8);
    String ceoEmail = "boss@" + workspace + ".example";
    browser.signIn("agency", "ops@agency.example", DEMO_PASSWORD);

    browser.type(By.id("new-client:name"), "Globex " + workspace);
    browser.type(By.id("new-client:workspace"), workspace);
    browser.type(By.id("new-client:email"), "office@" + workspace + ".example");
    browser.type(By.id("new-client:ceoName"), "Hank Scorpio");
    browser.type(By.id("new-client:ceoEmail"), ceoEmail);
    browser.type(By.id("new-client:ceoPassword"), "initial pass phrase 1");
    browser.driver().findElement(By.id("new-client:create")).click();
    browser.waitFor(By.xpath("//span[@class='client' and text()='Globex " + workspace + "']"));
    browser.screenshot("operator-clients");
    assertTrue(browser.driver().getPageSource().contains("Acme Growth Partners"));
    browser.driver().findElement(By.id("user-menu:sign-out")).click();

    browser.signIn(workspace, ceoEmail, "initial pass phrase 1");
    browser.type(By.id("password-form:current"), "initial pass phrase 1");
    browser.type(By.id("password-form:new"), "my own secret phrase");
    browser.screenshot("ceo-first-password");
    browser.driver().findElement(By.id("password-form:change")).click();
    browser.screenshot("ceo-after-password-change");

    browser.waitFor(By.id("calls-form:calls"));
    browser.screenshot("ceo-first-sign-in");
    assertEquals("Globex " + workspace, browser.waitFor(By.id("client-name")).getText());
    assertTrue(browser.driver().getPageSource().contains("No calls match."));
  }
}
