package fr.capacite.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.domain.identity.Role;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Debian Chromium driving the deployed EAR, with the checks every journey needs. */
public final class Browser implements AutoCloseable {

  /** The password of the accounts the tests create: long and hard to guess (PasswordPolicy). */
  public static final String NEW_PASSWORD = "Tartine violon escalier 2026";

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final String base;

  private Browser(WebDriver driver, URL base) {
    this.driver = driver;
    this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
  }

  /** The EAR built by this module, exactly as it ships. */
  public static EnterpriseArchive ear() {
    String path = System.getProperty("capacite.ear", "target/capacite.ear");
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
  }

  /** Starts Chromium; a missing browser is a failure with a clear message, never a skip. */
  public static Browser open(URL base) throws Exception {
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      fail(
          "Debian's chromium and chromium-driver are required for browser tests: run '.ci/setup.sh' as root first.");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--lang=fr-FR",
        "--user-data-dir=" + Files.createTempDirectory("chromium-").toAbsolutePath());
    // The browser lives in the application's time zone, as its users do: "today" in a calendar is
    // then the server's today, whatever the machine's zone (a UTC runner at 23:30 is already
    // tomorrow in Paris).
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .withEnvironment(java.util.Map.of("TZ", "Europe/Paris"))
            .build();
    return new Browser(new ChromeDriver(service, options), base);
  }

  /** Whether a text shows a date the ISO way (2026-12-06), which no user should see. */
  public static boolean isoLike(String text) {
    return java.util.regex.Pattern.compile("(19|20)\\d{2}-[01]\\d-[0-3]\\d").matcher(text).find();
  }

  /** A day as users type it in a date field (dd/mm/yyyy, in French and English alike). */
  public static String day(java.time.LocalDate d) {
    return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  public WebDriver driver() {
    return driver;
  }

  public void get(String path) {
    driver.get(base + path);
  }

  public WebElement find(String css) {
    try {
      return wait(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("No " + css + " on " + driver.getCurrentUrl() + ":\n" + text(), e);
    }
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public void click(String css) {
    wait(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  public void type(String css, String text) {
    // The field may be re-rendered by an Ajax update while it is typed in: find it again then.
    for (int attempt = 1; ; attempt++) {
      try {
        typeOnce(css, text);
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private void typeOnce(String css, String text) {
    find(css);
    WebElement e = wait(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    e.clear();
    // Some widgets (date pickers, masks) refill on clear(): empty the field as a user would.
    e.sendKeys(
        org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
        org.openqa.selenium.Keys.DELETE);
    if (!text.isEmpty()) {
      e.sendKeys(text);
    }
  }

  /** Waits until the page contains the text (Ajax updates included). */
  public void waitForText(String text) {
    try {
      wait(15).until(d -> d.getPageSource().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "No \"" + text + "\" on " + driver.getCurrentUrl() + ":\n" + text(), e);
    }
  }

  /**
   * The addresses of the current page's links that start with the prefix, made relative to it. One
   * script call: asking the driver for each link's attribute costs a round trip per link.
   */
  @SuppressWarnings("unchecked")
  public List<String> linksUnder(String prefix) {
    Object hrefs =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll('a[href]'), a => a.href)"
                    + ".filter(h => h.startsWith(arguments[0]))"
                    + ".map(h => h.substring(arguments[0].length));",
                prefix);
    return (List<String>) hrefs;
  }

  public WebDriverWait wait(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /**
   * Switches the signed-in user to French if another test left their account in English (the choice
   * is stored on the account, and the demo accounts are shared by the browser tests).
   */
  public void inFrench() {
    if ("en".equals(lang())) {
      click("a[id$='toFr']");
      wait(10).until(d -> "fr".equals(lang()));
    }
  }

  /** Logs in and makes sure the pages are in French (see {@link #inFrench()}). */
  public void loginInFrench(String username, String password) {
    login(username, password);
    inFrench();
  }

  /**
   * Waits until the visible text of the element (re-rendered by Ajax meanwhile) contains, or no
   * longer contains, the text.
   */
  public void waitForTextIn(String css, String text, boolean present) {
    // While the page is replaced, the element read may be gone: stale, or (Chromium) "node does
    // not belong to the document", a plain WebDriverException. Both are read again.
    wait(10)
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> find(css).getText().contains(text) == present);
  }

  public String lang() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  public String sessionId() {
    Cookie c = driver.manage().getCookieNamed("JSESSIONID");
    return c == null ? null : c.getValue();
  }

  /** Fills in and submits the login form, whatever the outcome. */
  public void attemptLogin(String username, String password) {
    get("login.xhtml");
    type("input[id='login:username']", username);
    type("input[id='login:password']", password);
    click("button[id='login:submit']");
  }

  /** Logs in from a fresh session and waits for the account name in the header. */
  public void login(String username, String password) {
    driver.manage().deleteAllCookies();
    attemptLogin(username, password);
    wait(15).until(ExpectedConditions.presenceOfElementLocated(By.id("currentUser")));
  }

  public void logout() {
    click("#logout");
    find("#loggedOut");
  }

  /** Fails on any serious or critical axe-core violation of WCAG 2.1 A/AA on the current page. */
  /** Nothing on the page is wider than the window (the 360 px rule: no horizontal scroll). */
  public void assertFitsTheWindow() {
    Object overflow =
        ((org.openqa.selenium.JavascriptExecutor) driver())
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    org.junit.jupiter.api.Assertions.assertEquals(
        0L,
        ((Number) overflow).longValue(),
        "nothing wider than the window at " + driver().getCurrentUrl());
  }

  public void assertAccessible() {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    List<Rule> blocking =
        results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .toList();
    assertTrue(
        blocking.isEmpty(),
        () ->
            driver.getCurrentUrl()
                + " has accessibility violations:\n"
                + blocking.stream()
                    .map(
                        v ->
                            v.getImpact()
                                + " "
                                + v.getId()
                                + ": "
                                + v.getHelp()
                                + " "
                                + v.getNodes().stream()
                                    .map(n -> n.getTarget().toString())
                                    .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
  }

  @Override
  public void close() {
    driver.quit();
  }

  /** As an administrator: finds an account by its user name and opens its page. */
  public void openAccount(String username) {
    get("admin/users.xhtml");
    type("input[id='users:q']", username);
    click("button[id='users:search']");
    // The first page may already list the account: wait for the search result itself.
    wait(15).until(d -> all("a[id$=':edit']").size() == 1);
    click("a[id$=':edit']");
  }

  /** Logs in as the demo administrator and creates an account with the given roles. */
  public String createAccount(Role... roles) {
    login("admin", DemoAccounts.PASSWORD);
    get("admin/user-edit.xhtml");
    assertAccessible();
    String name = "user" + UUID.randomUUID().toString().substring(0, 8);
    type("input[id='user:username']", name);
    type("input[id='user:displayName']", "Compte " + name);
    type("input[id='user:email']", name + "@example.org");
    for (Role r : roles) {
      String id = find("input[name='user:roles'][value='" + r.name() + "']").getAttribute("id");
      click("label[for='" + id + "']");
    }
    type("input[id='user:password']", NEW_PASSWORD);
    click("button[id='user:save']");
    waitForText("Compte « " + name + " » créé.");
    return name;
  }

  /**
   * Chooses an option of a PrimeFaces select menu through the widget's own API, which fires the
   * same change and Ajax behaviours as a click but does not depend on the list's animation.
   */
  public void choose(String menuId, String label) {
    // The menu may be re-rendered by an Ajax update while it is read: read it again then.
    for (int attempt = 1; ; attempt++) {
      try {
        chooseOnce(menuId, label);
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private void chooseOnce(String menuId, String label) {
    String value =
        all("select[id='" + menuId + "_input'] option").stream()
            .filter(o -> label.equals(o.getAttribute("textContent").trim()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no option " + label + " in " + menuId))
            .getAttribute("value");
    ((JavascriptExecutor) driver)
        .executeScript(
            "var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]);"
                + " if (typeof w.triggerChange === 'function') { w.triggerChange(); } else { w.callBehavior('change'); }",
            menuId,
            value);
    wait(10)
        .until(d -> value.equals(d.findElement(By.id(menuId + "_input")).getAttribute("value")));
  }
}
