package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Every page every role can reach, as that role reaches it: by following the links of the pages,
 * from the home page, in French then in English, on a 360 px wide screen. No page may show an
 * error, a raw key ({@code ???key???}), an ISO date, scroll sideways, or have a serious or critical
 * accessibility violation (axe-core, every WCAG 2.1 A/AA rule). French pages are checked for every
 * role; the English texts and accessibility once per page, for the first role that reaches it.
 */
class CrawlBrowserIT extends BrowserSupport {

  /** Pages per role at most: the crawl follows one address per page (the first one found). */
  private static final int MAX_PAGES = 70;

  private static final Pattern ISO_DAY =
      Pattern.compile("(?<![\\d/-])(19|20)\\d{2}-[01]\\d-[0-3]\\d(?![\\d-])");
  private static final Set<String> ERROR_TITLES =
      Set.of(
          "Erreur inattendue",
          "Page introuvable",
          "Accès refusé",
          "Page expirée",
          "Unexpected error",
          "Page not found",
          "Access denied",
          "Page expired");

  private final Set<String> checkedForAccessibility = new HashSet<>();
  private final Set<String> checkedInEnglish = new HashSet<>();
  private final List<String> problems = new ArrayList<>();

  @Test
  void everyPageOfEveryRoleIsSoundInBothLanguagesAt360Pixels() {
    browser.driver().manage().window().setSize(new Dimension(360, 800));
    crawlAs(null);
    for (DemoAccounts.Account account : DemoAccounts.ALL) {
      crawlAs(account.username());
    }
    assertTrue(
        problems.isEmpty(), problems.size() + " problem(s):\n" + String.join("\n", problems));
  }

  private void crawlAs(String username) {
    String who = username == null ? "anonymous" : username;
    browser.driver().manage().deleteAllCookies();
    if (username != null) {
      browser.loginInFrench(username, DemoAccounts.PASSWORD);
    }
    Map<String, String> pages = discover(who);
    System.out.println("Crawl: " + who + " reached " + pages.size() + " pages: " + pages.keySet());
    if (username != null) {
      browser.click("a[id$='toEn']");
      browser.wait(10).until(d -> "en".equals(browser.lang()));
      for (var page : pages.entrySet()) {
        // The English texts of a page are the same whoever reads it: checked once per page.
        if (checkedInEnglish.add(page.getKey())) {
          browser.get(page.getValue());
          checkText(who + " (en)", page.getValue());
          checkWidth(who + " (en)", page.getValue());
        }
      }
      browser.click("a[id$='toFr']");
      browser.wait(10).until(d -> "fr".equals(browser.lang()));
    }
  }

  /** Visits, checks and returns the pages reachable by links (one address per page). */
  private Map<String, String> discover(String who) {
    Map<String, String> pages = new LinkedHashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of("index.xhtml"));
    while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
      String url = queue.removeFirst();
      String page = pageOf(url);
      if (page == null || pages.containsKey(page)) {
        continue;
      }
      pages.put(page, url);
      browser.get(url);
      checkText(who, url);
      checkWidth(who, url);
      if (checkedForAccessibility.add(page)) {
        try {
          browser.assertAccessible();
        } catch (AssertionError e) {
          problems.add(who + " " + url + ": " + e.getMessage());
        }
      }
      for (String link : links()) {
        String target = pageOf(link);
        if (target != null && !pages.containsKey(target)) {
          queue.addLast(link);
        }
      }
    }
    return pages;
  }

  private void checkText(String who, String url) {
    String source = browser.driver().getPageSource();
    if (source.contains("???")) {
      int i = source.indexOf("???");
      problems.add(
          who + " " + url + ": raw key " + source.substring(i, Math.min(source.length(), i + 60)));
    }
    String h1 = browser.all("h1").stream().findFirst().map(WebElement::getText).orElse("").trim();
    if (ERROR_TITLES.contains(h1)) {
      problems.add(who + " " + url + ": error page « " + h1 + " »");
    }
    Matcher iso = ISO_DAY.matcher(browser.text());
    if (iso.find()) {
      problems.add(who + " " + url + ": ISO date " + iso.group());
    }
  }

  private void checkWidth(String who, String url) {
    Object overflow =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    if (((Number) overflow).longValue() > 1) {
      problems.add(who + " " + url + ": " + overflow + " px wider than a 360 px screen");
    }
  }

  /** The application's page links on the current page, relative to the root. */
  private List<String> links() {
    return browser.linksUnder(root());
  }

  /**
   * The page an address shows (its path, and its tab if it names one), or null for what the crawl
   * does not visit.
   */
  private static String pageOf(String relative) {
    String path = relative.split("[?#;]", 2)[0];
    if (path.isEmpty()) {
      return "index.xhtml";
    }
    if (!path.endsWith(".xhtml")
        || path.startsWith("errorpages/")
        || path.equals("login.xhtml")
        || path.startsWith("api/")) {
      return null;
    }
    // Each tab of a page is a page of its own.
    java.util.regex.Matcher tab =
        java.util.regex.Pattern.compile("[?&]tab=([a-z]+)").matcher(relative);
    return tab.find() ? path + "#" + tab.group(1) : path;
  }
}
