package com.propaganda.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Saved views and bulk edit on the call list. Northwind's users only: a default view changes what a
 * bare Calls link opens, and the other browser tests open acme's list.
 */
class CallListToolsBrowserIT extends BrowserTest {

  private static final String ROWS = "#calls-form\\:calls_data tr[data-ri]";

  /** A link's wrong value is named above the list, in the API's words, not dropped silently. */
  @Test
  void aLinksWrongFilterValueIsNamedAndLeftOut() {
    browser.signIn("northwind", "ceo@northwind.example", DEMO_PASSWORD);
    browser.open("app/calls.xhtml?status=deleted&type=INBOUND");
    waitForRows();
    String refusals = browser.waitFor(By.id("link-refusals")).getText();
    assertTrue(
        refusals.contains("The link's status is left out: One of completed, no-show, rescheduled"),
        refusals);
    assertEquals("inbound", selected("calls-form:type"));
    browser.screenshot("calls-link-refused");
  }

  @Test
  void aSavedViewKeepsFiltersSortAndColumnsOpensByDefaultAndIsSharedAsALink() {
    browser.signIn("northwind", "admin@northwind.example", DEMO_PASSWORD);
    browser.open("app/calls.xhtml?status=NO_SHOW");
    waitForRows();
    sortByProspect();
    hideColumn("Rep");
    browser.click(By.id("saved-views-form:save-view"));
    browser.type(By.id("saved-views-form:name"), "No-shows A-Z");
    browser.click(By.cssSelector("[id='saved-views-form:by-default'] .ui-chkbox-box"));
    browser.click(By.id("saved-views-form:save-view-confirm"));
    browser.waitFor(By.id("saved-views-form:share-view"));
    browser.screenshot("saved-view-saved");

    // A bare link to the list opens the default view: filter, sort and columns.
    browser.open("app/calls.xhtml");
    waitForRows();
    assertEquals("no-show", selected("calls-form:status"));
    assertEquals("No-shows A-Z (default)", selected("saved-views-form:saved-view"));
    assertTrue(headers().contains("Prospect"));
    assertFalse(headers().contains("Rep"), headers().toString());
    List<String> prospects = columnTexts(3);
    assertEquals(prospects.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), prospects);
    String shared = browser.waitFor(By.id("saved-views-form:share-view")).getAttribute("href");
    assertTrue(shared.contains("status=NO_SHOW&sort=prospectName&dir=asc&hide=rep"), shared);

    // Renamed, then deleted: a bare link opens the whole list again.
    browser.click(By.id("saved-views-form:rename-view"));
    browser.type(By.id("saved-views-form:new-name"), "Missed calls");
    browser.click(By.id("saved-views-form:rename-view-confirm"));
    waitUntil(() -> selected("saved-views-form:saved-view").equals("Missed calls (default)"));
    browser.click(By.id("saved-views-form:delete-view"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    waitUntil(() -> selected("saved-views-form:saved-view").equals("Saved views…"));
    browser.open("app/calls.xhtml");
    waitForRows();
    assertEquals("Any status", selected("calls-form:status"));

    // A colleague with another role opens the shared link and sees the list within that role.
    browser.close();
    browser = new Browser(shared.substring(0, shared.indexOf("app/calls.xhtml")));
    browser.signIn("northwind", "mia@northwind.example", DEMO_PASSWORD);
    browser.driver().get(shared);
    waitForRows();
    browser.screenshot("saved-view-shared-with-sales");
    assertEquals("no-show", selected("calls-form:status"));
    assertFalse(headers().contains("Rep"), headers().toString());
  }

  @Test
  void aManagerChangesTheSelectedCallsOrIsToldWhichCallBreaksARule() {
    browser.signIn("northwind", "ceo@northwind.example", DEMO_PASSWORD);
    browser.open("app/calls.xhtml?status=COMPLETED&outcome=LOST");
    waitForRows();
    String lost = columnTexts(3).get(0);
    selectRows(1);
    bulkEdit("calls-form:bulk-status", "no-show");
    WebElement refusal =
        browser.waitFor(By.cssSelector("[id='calls-form:bulk-messages'] .ui-messages-error"));
    browser.screenshot("bulk-edit-refused");
    assertTrue(
        refusal.getText().contains(lost + ": Only a completed call can be won or lost"),
        refusal.getText());

    browser.open("app/calls.xhtml?status=COMPLETED&outcome=TBD");
    waitForRows();
    List<String> prospects = columnTexts(3).subList(0, 2);
    selectRows(2);
    bulkEdit("calls-form:bulk-outcome", "won");
    WebElement done = browser.waitFor(By.cssSelector(".ui-growl-message"));
    browser.screenshot("bulk-edit-done");
    assertTrue(done.getText().contains("2 calls changed"), done.getText());
    for (String prospect : prospects) {
      browser.open("app/calls.xhtml?outcome=WON&q=" + prospect.replace(' ', '+'));
      waitForRows();
      assertTrue(columnTexts(3).contains(prospect), prospect + " is not won");
    }
  }

  private void bulkEdit(String field, String value) {
    browser.click(By.id("calls-form:bulk-edit"));
    browser.select(By.id(field), value);
    browser.click(By.id("calls-form:bulk-apply"));
  }

  private void selectRows(int count) {
    for (int i = 0; i < count; i++) {
      browser.click(By.cssSelector(ROWS + ":nth-child(" + (i + 1) + ") .ui-chkbox-box"));
    }
  }

  private void sortByProspect() {
    browser.click(By.xpath("//th[.//span[text()='Prospect']]"));
    waitUntil(
        () -> {
          List<String> prospects = columnTexts(3);
          return prospects.stream()
              .sorted(String.CASE_INSENSITIVE_ORDER)
              .toList()
              .equals(prospects);
        });
  }

  private void hideColumn(String header) {
    browser.click(By.id("calls-form:calls:toggler"));
    browser.click(
        By.xpath(
            "//div[contains(@class,'ui-columntoggler')]//li[.//label[text()='"
                + header
                + "']]//div[contains(@class,'ui-chkbox-box')]"));
    waitUntil(() -> !headers().contains(header));
    browser.click(By.tagName("h1"));
  }

  private String selected(String selectId) {
    return new Select(browser.waitFor(By.id(selectId))).getFirstSelectedOption().getText();
  }

  private List<String> headers() {
    return browser.driver().findElements(By.cssSelector("#calls-form\\:calls thead th")).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** The texts of one column (1-based, the selection column included for managers). */
  private List<String> columnTexts(int column) {
    return browser
        .driver()
        .findElements(By.cssSelector(ROWS + " td:nth-child(" + column + ")"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Waits for the table's body: rows, or the line saying that none match. */
  private void waitForRows() {
    browser.waitFor(By.cssSelector("#calls-form\\:calls_data tr"));
  }

  private void waitUntil(BooleanSupplier condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(RuntimeException.class)
        .until(driver -> condition.getAsBoolean());
  }
}
