package com.propaganda.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The demo users sign in through the real login page and see their calls. */
class DemoSignInBrowserIT extends BrowserTest {

  private static final By CALL_ROWS = By.cssSelector("#calls-form\\:calls_data tr[data-ri]");
  private static final By REP_CELLS = By.cssSelector("#calls-form\\:calls_data td.rep");

  @Test
  void theDemoCeoSeesTheWholeTeamsCalls() {
    browser.signIn("acme", "ceo@acme.example", DEMO_PASSWORD);
    assertTrue(
        browser.driver().getCurrentUrl().endsWith("/app/dashboard.xhtml"),
        "a ceo lands on the dashboard");
    browser.open("app/calls.xhtml");

    browser.waitFor(CALL_ROWS);
    browser.screenshot("calls-as-ceo");
    assertEquals("Acme Growth Partners", text(By.id("client-name")));
    assertEquals("Alice Carter", text(By.id("user-menu:user-name")));
    assertEquals("ceo", text(By.id("user-menu:user-role")).toLowerCase(java.util.Locale.ROOT));
    assertEquals(25, browser.driver().findElements(CALL_ROWS).size());
    assertTrue(reps().size() > 1, "several reps: " + reps());
    // The demo's 2,600 calls, plus any that other browser tests logged for acme.
    String report = browser.driver().findElement(By.cssSelector(".ui-paginator-current")).getText();
    int total = Integer.parseInt(report.replaceAll(".* of (\\d+) calls", "$1"));
    assertTrue(total >= 2600, report);
  }

  @Test
  void aSalesRepSeesOnlyTheirOwnCalls() {
    browser.signIn("acme", "sam@acme.example", DEMO_PASSWORD);

    browser.waitFor(CALL_ROWS);
    browser.screenshot("calls-as-sales");
    assertEquals(Set.of("Sam Okafor"), reps());
  }

  @Test
  void aWrongPasswordShowsOneMessageAndNoCalls() {
    browser.signIn("acme", "ceo@acme.example", "not the password");

    WebElement message = browser.waitFor(By.cssSelector("#login\\:messages .ui-messages-error"));
    browser.screenshot("sign-in-failed");
    assertTrue(message.getText().contains("not right"), message.getText());
    assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
  }

  @Test
  void signingOutEndsTheSession() {
    browser.signIn("northwind", "jordan@consultants.example", DEMO_PASSWORD);
    browser.waitFor(CALL_ROWS);
    assertEquals("Northwind Solar", text(By.id("client-name")));

    browser.click(By.id("user-menu:sign-out"));
    browser.waitFor(By.id("login:workspace"));
    browser.open("app/calls.xhtml");

    browser.waitFor(By.id("login:workspace"));
    assertFalse(browser.driver().getPageSource().contains("calls-form"));
  }

  @Test
  void signingInIssuesANewSessionId() {
    browser.open("login.xhtml");
    String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    browser.signIn("acme", "admin@acme.example", DEMO_PASSWORD);
    browser.waitFor(By.id("dashboard-form"));
    org.openqa.selenium.Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
    assertFalse(before.equals(after.getValue()), "the session id survived sign-in");
    assertTrue(after.isHttpOnly());
    assertEquals("Lax", after.getSameSite());
    assertFalse(browser.driver().getCurrentUrl().contains("jsessionid"));
  }

  @Test
  void everyResponseCarriesTheBrowserProtections() throws Exception {
    java.net.http.HttpResponse<Void> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(browser.url("login.xhtml")))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
    java.net.http.HttpHeaders headers = response.headers();
    assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null));
    List<String> policies = headers.allValues("Content-Security-Policy");
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
    // PrimeFaces' policy: scripts need this response's nonce; no policy allows eval.
    assertTrue(
        policies.stream().anyMatch(p -> p.matches(".*script-src 'self' 'nonce-[^']+'.*")),
        policies.toString());
    assertTrue(policies.stream().noneMatch(p -> p.contains("unsafe-eval")), policies.toString());
    assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null));
    assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null));
  }

  private Set<String> reps() {
    List<WebElement> cells = browser.driver().findElements(REP_CELLS);
    return cells.stream().map(WebElement::getText).collect(Collectors.toSet());
  }

  private String text(By locator) {
    return browser.waitFor(locator).getText();
  }
}
