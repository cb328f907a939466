package com.propaganda.dashboard.browser;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a deployment script checks in headless Chromium once the WAR is deployed on a server
 * (src/scripts/verify-wildfly.sh): the demo ceo signs in, opens the call list, the dashboard and
 * the audit log, and logs a call. One line per page: its HTTP status and the time from asking for
 * it to its content on screen. Exits non-zero on the first page that fails.
 *
 * <p>Arguments: the application's base URL, the prospect name of the call to log, the server's name
 * for the lines.
 */
public final class DeploymentCheck {

  private static final String DEMO_PASSWORD = "Demo-Propaganda-2026";

  private final Browser browser;
  private final String server;

  private DeploymentCheck(Browser browser, String server) {
    this.browser = browser;
    this.server = server;
  }

  public static void main(String[] args) {
    try (Browser browser = new Browser(args[0])) {
      DeploymentCheck check = new DeploymentCheck(browser, args[2]);
      check.step(
          "sign-in as ceo@acme.example",
          () -> {
            browser.signIn("acme", "ceo@acme.example", DEMO_PASSWORD);
            return browser.waitFor(By.id("user-menu:sign-out"));
          });
      check.page("app/calls.xhtml", By.id("calls-form:calls"));
      check.page("app/dashboard.xhtml", By.id("dashboard-form"));
      check.page("app/ceo/audit.xhtml", By.id("audit-form:entries"));
      check.step("log a call for Rita Gomez", () -> check.logCall(args[1]));
    } catch (RuntimeException e) {
      System.out.println("FAILED: " + e);
      System.exit(1);
    }
  }

  private void page(String path, By content) {
    step(
        "/" + path,
        () -> {
          browser.open(path);
          return browser.waitFor(content);
        });
  }

  private Object logCall(String prospect) {
    browser.open("app/call.xhtml");
    browser.select(By.id("call-form:owner"), "Rita Gomez");
    browser.type(By.id("call-form:prospectName"), prospect);
    browser.select(By.id("call-form:type"), "outbound");
    browser.select(By.id("call-form:status"), "no-show");
    browser.click(By.id("call-form:save"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains("/app/calls.xhtml"));
    return browser.waitFor(By.id("calls-form:calls"));
  }

  /** Runs a step and prints its line; a page that answered other than 200 fails the check. */
  private void step(String what, Supplier<Object> until) {
    long started = System.nanoTime();
    until.get();
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    Object status =
        ((JavascriptExecutor) browser.driver())
            .executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
    String line = String.format("%s: %-34s %s, ready in %d ms", server, what, status, millis);
    System.out.println(line);
    browser.screenshot(
        server.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
            + "-"
            + what.replaceAll("[^A-Za-z0-9]+", "-"));
    if (!Long.valueOf(200).equals(status)) {
      throw new IllegalStateException(line);
    }
  }
}
