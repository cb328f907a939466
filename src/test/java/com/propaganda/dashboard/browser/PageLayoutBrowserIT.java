package com.propaganda.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page of every role, looked at as a user would: each form label on the row of its input, and
 * nothing logged to the console (a missing favicon included). Leaves a screenshot per page and role
 * in target/screenshots/layout-*.png.
 */
class PageLayoutBrowserIT extends BrowserTest {

  /**
   * For each visible label of a form grid or inline form, its control (or the visible widget around
   * a hidden one) must have its vertical centre within half the control's height of the label's.
   * Answers one line per label that is off its row.
   */
  private static final String LABELS_OFF_THEIR_ROW =
      """
      const off = [];
      for (const label of document.querySelectorAll('.form-grid > label, .inline-form > label')) {
        if (!label.offsetParent) continue;
        let control = document.getElementById(label.htmlFor);
        while (control && !control.offsetParent) control = control.parentElement;
        if (!control) { off.push(label.textContent + ': no control'); continue; }
        const l = label.getBoundingClientRect(), c = control.getBoundingClientRect();
        const gap = Math.abs((l.top + l.bottom) / 2 - (c.top + c.bottom) / 2);
        if (gap > c.height / 2) off.push(label.textContent + ': ' + Math.round(gap) + 'px off');
      }
      return off;
      """;

  @Test
  void theCeosPages() {
    assertEveryPageLaidOutAndQuiet(
        "acme",
        "ceo@acme.example",
        "ceo",
        "app/dashboard.xhtml",
        "app/calls.xhtml",
        "app/call.xhtml",
        "app/manage/loss-reasons.xhtml",
        "app/manage/team.xhtml",
        "app/manage/api-keys.xhtml",
        "app/manage/webhooks.xhtml",
        "app/manage/import.xhtml",
        "app/ceo/audit.xhtml",
        "app/two-step.xhtml",
        "app/password.xhtml");
  }

  @Test
  void theAdminsPages() {
    assertEveryPageLaidOutAndQuiet(
        "acme",
        "admin@acme.example",
        "admin",
        "app/dashboard.xhtml",
        "app/calls.xhtml",
        "app/call.xhtml",
        "app/manage/loss-reasons.xhtml",
        "app/manage/team.xhtml",
        "app/manage/api-keys.xhtml",
        "app/manage/webhooks.xhtml",
        "app/manage/import.xhtml",
        "app/two-step.xhtml",
        "app/password.xhtml");
  }

  @Test
  void aRepsPages() {
    assertEveryPageLaidOutAndQuiet(
        "acme",
        "rita@acme.example",
        "sales",
        "app/dashboard.xhtml",
        "app/calls.xhtml",
        "app/call.xhtml",
        "app/two-step.xhtml",
        "app/password.xhtml");
  }

  /** An operator with an authenticator app: the demo operator has none yet. */
  @Test
  void theOperatorsPages() {
    OperatorWithApp operator = OperatorWithApp.create(DEMO_PASSWORD);
    assertEveryPageLaidOutAndQuiet(
        () -> operator.signIn(browser, DEMO_PASSWORD),
        "operator",
        "agency/clients.xhtml",
        "agency/rollup.xhtml",
        "agency/password.xhtml",
        "agency/two-step.xhtml");
  }

  private void assertEveryPageLaidOutAndQuiet(
      String workspace, String email, String role, String... pages) {
    assertEveryPageLaidOutAndQuiet(
        () -> browser.signIn(workspace, email, DEMO_PASSWORD), role, pages);
  }

  private void assertEveryPageLaidOutAndQuiet(Runnable signIn, String role, String... pages) {
    browser.open("login.xhtml");
    List<String> problems = new ArrayList<>(check("anonymous", "login.xhtml"));
    signIn.run();
    for (String page : pages) {
      browser.open(page);
      problems.addAll(check(role, page));
    }
    assertEquals(List.of(), problems);
  }

  @SuppressWarnings("unchecked")
  private List<String> check(String role, String page) {
    browser.waitFor(By.tagName("h1"));
    browser.screenshot("layout-" + role + "-" + page.replaceAll("\\.xhtml$", "").replace('/', '-'));
    List<String> problems = new ArrayList<>();
    for (Object label :
        (List<Object>)
            ((JavascriptExecutor) browser.driver()).executeScript(LABELS_OFF_THEIR_ROW)) {
      problems.add(page + " as " + role + ": label " + label);
    }
    for (String error : browser.consoleErrors()) {
      problems.add(page + " as " + role + ": console " + error);
    }
    return problems;
  }
}
