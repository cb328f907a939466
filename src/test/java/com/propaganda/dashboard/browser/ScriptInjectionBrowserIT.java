package com.propaganda.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** Text that users typed is shown as text: a stored script never runs. */
class ScriptInjectionBrowserIT extends BrowserTest {

  private static final String PAYLOAD =
      "<script>window.injected='script'</script><img src=x onerror=\"window.injected='img'\">";

  @Test
  void aScriptInANameOrNoteNeverRuns() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String reasonName = tag + PAYLOAD;
    browser.signIn("acme", "admin@acme.example", DEMO_PASSWORD);
    browser.click(By.id("nav-loss-reasons"));
    browser.type(By.id("new-reason:name"), reasonName);
    browser.click(By.id("new-reason:add"));
    browser.waitFor(
        By.xpath("//span[@class='reason-name' and starts-with(text(), '" + tag + "')]"));
    assertNothingRan("loss reasons");

    browser.open("app/call.xhtml");
    browser.select(By.id("call-form:owner"), "Rita Gomez");
    browser.type(By.id("call-form:prospectName"), tag + PAYLOAD);
    browser.select(By.id("call-form:type"), "inbound");
    browser.select(By.id("call-form:status"), "completed");
    browser.select(By.id("call-form:outcome"), "lost");
    browser.select(By.id("call-form:lossReason"), reasonName);
    browser.type(By.id("call-form:notes"), PAYLOAD);
    browser.click(By.id("call-form:save"));

    browser.waitFor(By.id("calls-form:calls"));
    browser.type(By.id("calls-form:search"), tag);
    browser.waitFor(
        By.xpath("//tbody[@id='calls-form:calls_data']//a[starts-with(text(), '" + tag + "')]"));
    browser.screenshot("script-as-text-in-list");
    assertNothingRan("call list");
    assertTrue(browser.driver().getPageSource().contains("&lt;script&gt;window.injected"));

    browser.click(By.xpath("//a[starts-with(text(), '" + tag + "')]"));
    assertEquals(PAYLOAD, browser.waitFor(By.id("call-form:notes")).getAttribute("value"));
    assertNothingRan("call form");

    // The call was lost today: its reason's name is on the dashboard's loss reasons.
    browser.open("app/dashboard.xhtml");
    browser.waitFor(
        By.xpath("//span[@class='reason-name' and starts-with(text(), '" + tag + "')]"));
    browser.screenshot("script-as-text-on-dashboard");
    assertNothingRan("dashboard");

    // The ceo's audit log shows the reason's name in a diff, and the user agents of everyone.
    browser.signIn("acme", "ceo@acme.example", DEMO_PASSWORD);
    browser.open("app/ceo/audit.xhtml");
    filterAuditLog(By.id("audit-form:table"), "loss_reasons");
    expandNewestAuditEntry(".//span[@class='table-name' and text()='loss_reasons']");
    browser.waitFor(By.xpath("//td[@class='diff-after' and starts-with(text(), '" + tag + "')]"));
    browser.screenshot("script-as-text-in-audit-log");
    assertNothingRan("audit log");
  }

  private void assertNothingRan(String page) {
    Object injected =
        ((JavascriptExecutor) browser.driver()).executeScript("return window.injected;");
    assertEquals(null, injected, "a stored script ran on the " + page);
  }
}
