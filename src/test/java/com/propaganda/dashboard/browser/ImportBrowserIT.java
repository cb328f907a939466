package com.propaganda.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin imports a file through the Import page: errors first, then a fixed file, then revert.
 */
class ImportBrowserIT extends BrowserTest {

  @Test
  void uploadMapCheckFixCommitAndRevert() throws IOException {
    String run = UUID.randomUUID().toString().substring(0, 8);
    browser.signIn("acme", "admin@acme.example", DEMO_PASSWORD);
    browser.click(By.id("nav-import"));

    upload(file("calls-" + run + ".csv", run, "31/03/2026 14:30"));
    assertEquals("Scheduled", selected("Scheduled"));
    browser.click(By.id("mapping-form:dry-run"));
    WebElement errors = browser.waitFor(By.id("mapping-form:errors"));
    browser.screenshot("import-dry-run-errors");
    assertTrue(errors.getText().contains("Write a date like 2026-03-31 14:30"), errors.getText());
    assertEquals("1", browser.driver().findElement(By.id("count-error")).getText());
    assertTrue(!browser.driver().findElement(By.id("mapping-form:commit")).isEnabled());

    upload(file("fixed-" + run + ".csv", run, "2026-03-31 14:30"));
    browser.click(By.id("mapping-form:dry-run"));
    browser.waitFor(By.id("count-create"));
    assertEquals("2", browser.driver().findElement(By.id("count-create")).getText());
    browser.screenshot("import-dry-run-clean");
    browser.click(By.id("mapping-form:commit"));

    WebElement imported =
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath(
                        "//tbody[@id='history-form:imports_data']/tr[td[text()='fixed-"
                            + run
                            + ".csv']]")));
    assertTrue(imported.getText().contains("committed"), imported.getText());
    browser.screenshot("import-committed");

    browser.click(
        By.xpath(
            "//tbody[@id='history-form:imports_data']/tr[td[text()='fixed-"
                + run
                + ".csv']]//button[.//span[text()='Revert']]"));
    browser.click(By.id("history-form:revert"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.xpath(
                    "//tbody[@id='history-form:imports_data']/tr[td[text()='fixed-"
                        + run
                        + ".csv']]"),
                "reverted"));
    browser.screenshot("import-reverted");
  }

  private void upload(Path file) {
    browser.driver().findElement(By.id("upload-form:file_input")).sendKeys(file.toString());
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".import-file-name"), file.getFileName().toString()));
  }

  /** The column chosen for a field on the mapping step. */
  private String selected(String field) {
    WebElement label =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//div[contains(@class,'mapping-grid')]//label[normalize-space(.)='"
                        + field
                        + "']"));
    WebElement select = browser.driver().findElement(By.id(label.getAttribute("for")));
    return new org.openqa.selenium.support.ui.Select(select).getFirstSelectedOption().getText();
  }

  private static Path file(String name, String run, String scheduled) throws IOException {
    Path folder = Files.createTempDirectory("import-browser");
    Path file = folder.resolve(name);
    Files.writeString(
        file,
        "External id,Prospect,Type,Status,Outcome,Rep email,Scheduled\n"
            + "BR-"
            + run
            + "-1,Browser import "
            + run
            + ",outbound,completed,won,rita@acme.example,2026-03-30 10:00\n"
            + "BR-"
            + run
            + "-2,Browser import "
            + run
            + " two,inbound,no-show,,sam@acme.example,"
            + scheduled
            + "\n",
        StandardCharsets.UTF_8);
    return file;
  }
}
