package com.propaganda.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The demo users open the dashboard and follow its figures into the call list. */
class DashboardBrowserIT extends BrowserTest {

  private static final By WON = By.cssSelector("#kpi-won a.kpi-value");
  private static final By LIST_TOTAL = By.cssSelector(".ui-paginator-current");
  private static final String LEADERBOARD_ROW = "#dashboard-form\\:leaderboard_data tr[data-ri]";
  private static final By LEADERBOARD_ROWS = By.cssSelector(LEADERBOARD_ROW);
  private static final String LEADERBOARD_ROW_LINK = LEADERBOARD_ROW + ":first-child a.rep-link";

  @Test
  void theDemoCeoFollowsACardIntoTheCallList() {
    browser.signIn("acme", "ceo@acme.example", DEMO_PASSWORD);
    browser.open("app/dashboard.xhtml");
    WebElement won = browser.waitFor(WON);
    browser.screenshot("dashboard-as-ceo");
    long figure = number(won.getText());
    assertTrue(figure > 0, "won in the last 30 days: " + figure);
    assertTrue(browser.driver().findElements(LEADERBOARD_ROWS).size() >= 3);
    assertTrue(browser.driver().findElements(By.cssSelector(".trend-bar")).size() == 30);

    browser.click(WON);

    assertEquals(figure, listTotal());
    browser.screenshot("dashboard-drill-down-won");
  }

  @Test
  void aRepOfTheLeaderboardOpensExactlyTheirCallsForAllTime() {
    browser.signIn("acme", "admin@acme.example", DEMO_PASSWORD);
    browser.open("app/dashboard.xhtml");
    WebElement before = browser.waitFor(WON);
    browser.select(By.id("dashboard-form:period"), "All time");
    browser.waitUntilGone(before);
    browser.waitFor(WON);
    browser.screenshot("dashboard-all-time");
    WebElement firstRep = browser.driver().findElements(LEADERBOARD_ROWS).get(0);
    long calls = number(firstRep.findElement(By.cssSelector(".rep-calls")).getText());

    browser.click(By.cssSelector(LEADERBOARD_ROW_LINK));

    assertEquals(calls, listTotal());
  }

  @Test
  void aSalesRepSeesOnlyTheirOwnStanding() {
    browser.signIn("acme", "sam@acme.example", DEMO_PASSWORD);
    browser.open("app/dashboard.xhtml");
    browser.waitFor(WON);
    browser.screenshot("dashboard-as-sales");

    List<WebElement> rows = browser.driver().findElements(LEADERBOARD_ROWS);
    assertEquals(1, rows.size());
    assertTrue(rows.get(0).getText().contains("Sam Okafor"), rows.get(0).getText());
    assertTrue(browser.driver().findElements(By.id("dashboard-form:rep")).isEmpty());
  }

  @Test
  void aTypedCustomPeriodOfMoreThanTenYearsGetsAMessageNextToItsLastDay() {
    browser.signIn("acme", "ceo@acme.example", DEMO_PASSWORD);
    browser.open("app/dashboard.xhtml");
    WebElement before = browser.waitFor(WON);
    browser.select(By.id("dashboard-form:period"), "Custom");
    browser.waitUntilGone(before);

    typeDay("dashboard-form:from_input", "2001-01-01");
    typeDay("dashboard-form:to_input", "2026-01-01");

    WebElement message =
        browser.waitFor(By.cssSelector("#dashboard-form\\:to-message .ui-message-error-detail"));
    browser.screenshot("dashboard-custom-period-too-long");
    assertEquals("A custom period spans at most 10 years", message.getText());
  }

  /** Types a day and leaves the field, as a user who does not open the calendar does. */
  private void typeDay(String inputId, String day) {
    WebElement input = browser.waitFor(By.id(inputId));
    input.clear();
    input.sendKeys(day, Keys.TAB);
    browser.waitUntilGone(input);
  }

  private long listTotal() {
    String report = browser.waitFor(LIST_TOTAL).getText();
    return Long.parseLong(report.replaceAll(".* of ([\\d,]+) calls", "$1").replace(",", ""));
  }

  private static long number(String text) {
    return Long.parseLong(text.replace(",", "").strip());
  }
}
