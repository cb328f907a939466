package com.propaganda.dashboard.browser;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A browser test: the application as shipped on Payara Micro, and a fresh Chromium per test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

  static final String DEMO_PASSWORD = "Demo-Propaganda-2026";

  @ArquillianResource private URL baseUrl;

  Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(baseUrl.toString());
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  /**
   * Chooses a filter of the audit log and waits for the filtered list. The unfiltered list may
   * start with the very row looked for (it reads committed rows only, so the page's own access
   * event is not in it yet): a row found before the filter answered is gone a moment later.
   */
  void filterAuditLog(By filter, String visibleText) {
    WebElement unfiltered = browser.waitFor(By.id("audit-form:entries_data"));
    browser.select(filter, visibleText);
    browser.waitUntilGone(unfiltered);
  }

  /**
   * Opens the diff of the audit log's newest row once that row meets {@code condition}, an XPath
   * predicate on the row (the table updates by Ajax after each filter).
   */
  void expandNewestAuditEntry(String condition) {
    browser.click(
        By.xpath(
            "//tbody[@id='audit-form:entries_data']/tr[1]["
                + condition
                + "]//div[contains(@class, 'ui-row-toggler')]"));
  }
}
