package com.propaganda.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A session that ended (idle timeout, server restart) while a page was open: the next post, Ajax or
 * not, lands on the sign-in page saying so, and signing in returns to the page.
 */
class SessionEndedBrowserIT extends BrowserTest {

  private static final String ENDED = "Your session ended; sign in again.";
  private static final Pattern VIEW_STATE = Pattern.compile("ViewState:0\" value=\"([^\"]+)\"");

  @Test
  void aFormPostedAfterTheSessionEndedSaysSoAndSignInReturnsToTheForm() {
    browser.signIn("acme", "rita@acme.example", DEMO_PASSWORD);
    browser.open("app/call.xhtml");
    browser.type(By.id("call-form:prospectName"), "Typed before the session ended");
    endTheSession();
    browser.click(By.id("call-form:save"));

    assertSignInSaysTheSessionEnded();
    browser.signInHere("acme", "rita@acme.example", DEMO_PASSWORD);
    assertEquals(browser.url("app/call.xhtml"), browser.driver().getCurrentUrl());
  }

  /**
   * A view the server no longer holds while the session lives on (as after both servers of a
   * cluster restarted, or here: thirty newer pages pushed it out of the session's views).
   */
  @Test
  void aFormWhoseViewIsGoneAsksToBeReopenedAndKeepsTheUserSignedIn() {
    browser.signIn("acme", "rita@acme.example", DEMO_PASSWORD);
    browser.open("app/call.xhtml");
    browser.type(By.id("call-form:prospectName"), "Typed into a view the server dropped");
    ((JavascriptExecutor) browser.driver())
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " (async () => { for (let i = 0; i < 30; i++) await fetch('calls.xhtml'); done(); })();");
    browser.click(By.id("call-form:save"));

    WebElement notice = browser.waitFor(By.id("reopen-notice"));
    assertTrue(notice.getText().startsWith("Please re-open this form"), notice.getText());
    assertEquals(browser.url("app/call.xhtml?reopen=1"), browser.driver().getCurrentUrl());
    assertEquals(1, browser.driver().findElements(By.id("call-form:save")).size());
    browser.screenshot("form-reopen");
  }

  @Test
  void anAjaxFilterAfterTheSessionEndedGoesToSignInAndBackToTheList() {
    browser.signIn("acme", "sam@acme.example", DEMO_PASSWORD);
    browser.open("app/calls.xhtml?type=INBOUND");
    browser.waitFor(By.id("calls-form:calls"));
    endTheSession();
    browser.select(By.id("calls-form:status"), "no-show");

    assertSignInSaysTheSessionEnded();
    browser.screenshot("session-ended");
    browser.signInHere("acme", "sam@acme.example", DEMO_PASSWORD);
    assertEquals(browser.url("app/calls.xhtml?type=INBOUND"), browser.driver().getCurrentUrl());
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void aPlainClientPostingAnExpiredViewIsRedirectedNotGivenAnError()
      throws IOException, InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> form =
        client.send(
            HttpRequest.newBuilder(URI.create(browser.url("login.xhtml"))).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher state = VIEW_STATE.matcher(form.body());
    assertTrue(state.find(), "no view state on the sign-in page");

    // The view was kept in a session that the server no longer knows.
    HttpResponse<String> posted =
        client.send(
            HttpRequest.newBuilder(URI.create(browser.url("login.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=ended-session")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "login=login&login%3Aworkspace=acme&login%3Aemail=x%40acme.example"
                            + "&login%3Apassword=x&login%3Asign-in=&jakarta.faces.ViewState="
                            + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(302, posted.statusCode(), posted.body());
    String location = posted.headers().firstValue("Location").orElseThrow();
    assertTrue(location.contains("login.xhtml?ended=true"), location);
    HttpResponse<String> signIn =
        client.send(
            HttpRequest.newBuilder(URI.create(browser.url("")).resolve(location)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, signIn.statusCode());
    assertTrue(signIn.body().contains(ENDED), signIn.body());
  }

  /** What an idle timeout or a restart leaves: the browser's session id, unknown to the server. */
  private void endTheSession() {
    Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
    browser.driver().manage().deleteCookie(session);
    browser
        .driver()
        .manage()
        .addCookie(
            new Cookie.Builder(session.getName(), "ended-session")
                .path(session.getPath())
                .isHttpOnly(true)
                .build());
  }

  private void assertSignInSaysTheSessionEnded() {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(ExpectedConditions.urlContains("login.xhtml?ended=true"));
    WebElement notice = browser.waitFor(By.cssSelector(".login-card .notice"));
    assertEquals(ENDED, notice.getText());
  }
}
