package com.propaganda.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** n, /, g d, g c and ? from the keyboard, and none of them while typing in a field. */
class KeyboardShortcutsBrowserIT extends BrowserTest {

  @Test
  void shortcutsOpenPagesFocusTheSearchAndListThemselves() {
    browser.signIn("acme", "admin@acme.example", DEMO_PASSWORD);
    browser.open("app/calls.xhtml");
    browser.waitFor(By.id("calls-form:calls"));

    press("?");
    browser.waitFor(By.id("shortcut-help"));
    browser.screenshot("shortcuts-help");
    press(Keys.ESCAPE.toString());
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("shortcut-help")));

    press("/");
    assertEquals("calls-form:search", activeElementId());
    // Typed into the search box, "n" and "g d" are text, not shortcuts.
    press("ng d");
    assertTrue(browser.driver().getCurrentUrl().endsWith("app/calls.xhtml"));
    assertEquals(
        "ng d", browser.driver().findElement(By.id("calls-form:search")).getAttribute("value"));

    browser.click(By.tagName("h1"));
    press("gd");
    waitForPage("app/dashboard.xhtml");
    press("gc");
    waitForPage("app/calls.xhtml");
    press("n");
    waitForPage("app/call.xhtml");
    press("/");
    waitForPage("app/calls.xhtml#search");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(driver -> "calls-form:search".equals(activeElementId()));
    assertEquals(List.of(), browser.consoleErrors());
  }

  private void press(String keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
  }

  private String activeElementId() {
    return browser.driver().switchTo().activeElement().getAttribute("id");
  }

  private void waitForPage(String path) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(ExpectedConditions.urlToBe(browser.url(path)));
    browser.waitFor(By.tagName("h1"));
  }
}
