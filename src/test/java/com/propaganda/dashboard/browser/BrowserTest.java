package com.propaganda.dashboard.browser;

import com.propaganda.dashboard.testsupport.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A browser test: the application as shipped on Payara Micro, and a fresh Chromium per test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

  static final String DEMO_PASSWORD = "Demo-Propaganda-2026";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

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
   * Opens the diff of the audit log's newest row once that row meets {@code condition}, an XPath
   * predicate on the row (the table updates by Ajax after each filter).
   */
  void expandNewestAuditEntry(String condition) {
    browser
        .waitFor(
            By.xpath(
                "//tbody[@id='audit-form:entries_data']/tr[1]["
                    + condition
                    + "]//div[contains(@class, 'ui-row-toggler')]"))
        .click();
  }
}
