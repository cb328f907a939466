package com.propaganda.dashboard.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver: nothing is ever downloaded. Both
 * paths can be overridden with CHROMIUM and CHROMEDRIVER.
 */
public final class Browser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private final String baseUrl;
  private final Path profile;

  public Browser(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    this.profile = temporaryProfile();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(env("CHROMIUM", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    // The browser's console, so a test can fail on any error a page logs (a 404 included).
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
            .build();
    driver = new ChromeDriver(service, options);
  }

  public void open(String path) {
    driver.get(url(path));
  }

  public String url(String path) {
    return baseUrl + path;
  }

  public void signIn(String workspace, String email, String password) {
    open("login.xhtml");
    signInHere(workspace, email, password);
  }

  /** Signs in on the sign-in page already open, keeping where it returns to. */
  public void signInHere(String workspace, String email, String password) {
    type(By.id("login:workspace"), workspace);
    type(By.id("login:email"), email);
    type(By.id("login:password"), password);
    WebElement signIn = click(By.id("login:sign-in"));
    // The form posts and the browser loads the next page: wait until the old one is gone.
    waitUntilGone(signIn);
  }

  /**
   * Waits until an element found before a re-render or a new page is gone from the document.
   * Chromium answers a look at a node of a page being replaced now with a stale reference, now with
   * "unknown error: Node with given id does not belong to the document": both mean gone (Selenium's
   * {@code stalenessOf} knows only the first, and failed a test at random with the second).
   */
  public void waitUntilGone(WebElement element) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(unused -> isGone(element));
  }

  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException gone) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /**
   * Clicks what the locator finds once it is shown and enabled, and returns the element clicked.
   * Each try looks the element up afresh: an Ajax re-render may replace it between a lookup and the
   * click, and a click on the replaced element fails at random.
   */
  public WebElement click(By locator) {
    return actOn(locator, WebElement::isEnabled, WebElement::click);
  }

  /** Replaces a field's text, looking the field up afresh on each try (see {@link #click}). */
  public void type(By field, String text) {
    actOn(
        field,
        element -> true,
        element -> {
          element.clear();
          element.sendKeys(text);
        });
  }

  /** Chooses an option of a native select by its visible text (see {@link #click}). */
  public void select(By field, String visibleText) {
    actOn(field, element -> true, element -> new Select(element).selectByVisibleText(visibleText));
  }

  /** Acts on a fresh lookup of a shown element that is ready, until the action goes through. */
  private WebElement actOn(By locator, Predicate<WebElement> ready, Consumer<WebElement> action) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(
            ignored -> {
              WebElement element = driver.findElement(locator);
              if (!element.isDisplayed() || !ready.test(element)) {
                return null;
              }
              action.accept(element);
              return element;
            });
  }

  public WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** The console errors logged since the last call. */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  public WebDriver driver() {
    return driver;
  }

  /** Scrolls the element into the window, so a screenshot shows it. */
  public void scrollTo(By locator) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", waitFor(locator));
  }

  public void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Quits Chromium and removes its profile, a few megabytes per test. */
  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path temporaryProfile() {
    try {
      return Files.createTempDirectory("chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
