package com.propaganda.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The demo ceo changes a call, then finds the change, with its diff, in the audit log. */
class AuditViewerBrowserIT extends BrowserTest {

  private static final By FIRST_PROSPECT =
      By.cssSelector("#calls-form\\:calls_data tr[data-ri='0'] a.prospect");

  @Test
  void theCeoFindsTheirEditWithItsDiff() {
    String note = "Audited note " + UUID.randomUUID().toString().substring(0, 8);
    browser.signIn("acme", "ceo@acme.example", DEMO_PASSWORD);
    browser.open("app/calls.xhtml");
    browser.click(FIRST_PROSPECT);
    browser.type(By.id("call-form:notes"), note);
    browser.click(By.id("call-form:save"));
    browser.waitFor(By.id("calls-form:calls"));

    browser.click(By.id("nav-audit"));
    filterAuditLog(By.id("audit-form:action"), "UPDATE");
    expandNewestAuditEntry(
        ".//span[@class='action' and text()='UPDATE'] and .//span[@class='actor' and"
            + " text()='Alice Carter']");
    WebElement after =
        browser.waitFor(
            By.xpath("//table[@class='diff']//td[@class='diff-after' and text()='" + note + "']"));
    browser.screenshot("audit-log-diff");
    assertEquals(
        "notes",
        after.findElement(By.xpath("preceding-sibling::td[@class='diff-field']")).getText());
  }

  @Test
  void theCallsHistoryListsItsChanges() {
    browser.signIn("acme", "admin@acme.example", DEMO_PASSWORD);
    browser.open("app/calls.xhtml");
    browser.click(FIRST_PROSPECT);
    browser.waitFor(By.id("history"));
    browser.screenshot("call-history");
    assertTrue(
        browser.driver().findElements(By.cssSelector(".history-action")).size() >= 1,
        "the demo call has at least its INSERT");
  }

  @Test
  void anAdminDoesNotOpenTheAuditLog() {
    browser.signIn("acme", "admin@acme.example", DEMO_PASSWORD);
    browser.waitFor(By.id("dashboard-form"));
    assertTrue(browser.driver().findElements(By.id("nav-audit")).isEmpty());
    browser.open("app/ceo/audit.xhtml");
    assertTrue(browser.driver().getPageSource().contains("Not allowed"));

    // The refusal is in the ceo's audit log.
    browser.signIn("acme", "ceo@acme.example", DEMO_PASSWORD);
    browser.open("app/ceo/audit.xhtml");
    filterAuditLog(By.id("audit-form:user"), "Adam Brooks");
    // Adam's newest entry: the refused page (no table: not about a row).
    expandNewestAuditEntry(
        ".//span[@class='actor' and text()='Adam Brooks'] and .//span[@class='table-name' and"
            + " text()='-']");
    browser.waitFor(
        By.xpath(
            "//td[@class='diff-after' and contains(text(), 'page') and contains(text(),"
                + " 'audit.xhtml')]"));
  }
}
