package com.propaganda.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The daily work of the demo team, through the real pages. */
class CallLoggingBrowserIT extends BrowserTest {

  @Test
  void aRepLogsACallFromTheKeyboardAndFindsItInTheList() {
    String prospect = "Keyboard Prospect " + UUID.randomUUID().toString().substring(0, 6);
    browser.signIn("acme", "rita@acme.example", DEMO_PASSWORD);
    browser.click(By.id("calls-form:log-call"));

    browser.click(By.id("call-form:prospectName"));
    new Actions(browser.driver())
        .sendKeys(prospect + Keys.TAB)
        .sendKeys("kp@prospect.example" + Keys.TAB)
        .sendKeys("+1 555 0142" + Keys.TAB)
        .sendKeys("o" + Keys.TAB) // type: outbound
        .sendKeys("c" + Keys.TAB) // status: completed
        .sendKeys("l" + Keys.TAB) // outcome: lost
        .sendKeys("p" + Keys.TAB) // loss reason: Price too high
        .sendKeys("2026-11-20 10:00" + Keys.ESCAPE + Keys.TAB + Keys.TAB)
        .sendKeys("2026-11-20 10:30" + Keys.ESCAPE + Keys.TAB + Keys.TAB)
        .sendKeys("30" + Keys.TAB)
        .sendKeys("Wanted a discount." + Keys.TAB)
        .perform();
    browser.screenshot("call-form-filled");
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();

    browser.waitFor(By.id("calls-form:calls"));
    browser.type(By.id("calls-form:search"), prospect);
    WebElement row =
        browser.waitFor(
            By.xpath("//tbody[@id='calls-form:calls_data']/tr[.//a[text()='" + prospect + "']]"));
    browser.screenshot("call-logged");
    assertTrue(row.getText().contains("Rita Gomez"), row.getText());
    assertTrue(row.getText().contains("Price too high"), row.getText());
    assertEquals(
        1,
        browser
            .driver()
            .findElements(By.cssSelector("#calls-form\\:calls_data tr[data-ri]"))
            .size());
  }

  @Test
  void theFormExplainsABrokenRuleNextToTheField() {
    browser.signIn("acme", "sam@acme.example", DEMO_PASSWORD);
    browser.open("app/call.xhtml");
    browser.type(By.id("call-form:prospectName"), "Rule Breaker");
    browser.select(By.id("call-form:type"), "inbound");
    browser.select(By.id("call-form:status"), "no-show");
    browser.select(By.id("call-form:outcome"), "won");
    browser.click(By.id("call-form:save"));

    WebElement message =
        browser.waitFor(
            By.cssSelector(
                "[id='call-form:outcome'] ~ .ui-message-error, #call-form\\:outcome + .ui-message"));
    browser.screenshot("call-form-rule");
    assertTrue(
        message.getText().contains("Only a completed call can be won or lost"), message.getText());
  }

  @Test
  void anAdminAddsALossReasonAndAUser() {
    String reason = "Reason " + UUID.randomUUID().toString().substring(0, 6);
    String email = "new." + UUID.randomUUID().toString().substring(0, 6) + "@acme.example";
    browser.signIn("acme", "admin@acme.example", DEMO_PASSWORD);
    browser.click(By.id("nav-loss-reasons"));

    browser.type(By.id("new-reason:name"), reason);
    browser.click(By.id("new-reason:add"));
    browser.waitFor(By.xpath("//span[@class='reason-name' and text()='" + reason + "']"));
    browser.screenshot("loss-reason-added");

    browser.click(By.id("nav-team"));
    browser.type(By.id("new-member:name"), "New Rep");
    browser.type(By.id("new-member:email"), email);
    browser.click(By.id("new-member:add"));
    browser.waitFor(By.xpath("//td[text()='" + email + "']"));
    browser.screenshot("user-added");
  }
}
