package fr.capacite.web.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A visitor without an account searches the library, narrows it by a facet, shares the address,
 * reads a published resource (what link previews read included), and logs in from it to rate it,
 * landing back on it; all without a session until the login, in French and in English.
 */
class PublicLibraryBrowserIT extends BrowserSupport {

  private static final String PARENTAL =
      "Contrôle parental : régler ensemble le téléphone d'un enfant";

  private String meta(String attribute, String name) {
    return browser
        .driver()
        .findElement(By.cssSelector("meta[" + attribute + "='" + name + "']"))
        .getAttribute("content");
  }

  @Test
  void aVisitorSearchesNarrowsAndReadsWithoutAnAccountThenLogsInToRate() {
    browser.driver().manage().deleteAllCookies();
    browser.get("index.xhtml");
    browser.click("a[data-area='nav.library']");
    browser.waitForText("ressources trouvées");
    browser.find("#publicNote");
    assertTrue(browser.all("a[id$='new']").isEmpty(), "writing needs an account");
    browser.assertAccessible();

    browser.type("#q", "demarche administrative");
    browser.click("#go");
    browser.wait(10).until(d -> d.getCurrentUrl().contains("q=demarche"));
    browser.waitForTextIn(
        "#results", "Accompagner une démarche administrative en ligne sans faire à la place", true);

    // A facet sends the search at once; the focus comes back to the box the reader ticked.
    browser.get("library/index.xhtml?q=parents");
    browser.waitForTextIn("#results", PARENTAL, true);
    assertFalse(browser.text().contains("Écrans en famille"), "a resource in review is not public");
    String label = "//label[starts-with(normalize-space(.), 'Parentalité (')]";
    String box = browser.driver().findElement(By.xpath(label)).getAttribute("for");
    browser.driver().findElement(By.xpath(label)).click();
    browser.wait(10).until(d -> d.getCurrentUrl().contains("theme=PARENTALITE"));
    browser.wait(10).until(d -> box.equals(d.switchTo().activeElement().getAttribute("id")));
    assertTrue(browser.find("#" + box).isSelected());
    String shared = browser.driver().getCurrentUrl();
    assertTrue(shared.contains("q=parents"), shared);
    browser.assertAccessible();

    // The shared address opens the same search in a new browser.
    browser.driver().manage().deleteAllCookies();
    browser.driver().get(shared);
    browser.waitForTextIn("#results", PARENTAL, true);
    assertEquals("parents", browser.find("#q").getAttribute("value"));
    assertTrue(browser.find("#" + box).isSelected());
    assertEquals("noindex, follow", meta("name", "robots"), "a search's pages are not indexed");

    browser.driver().findElement(By.linkText(PARENTAL)).click();
    browser.wait(10).until(d -> d.getCurrentUrl().contains("resource.xhtml"));
    assertEquals(PARENTAL, browser.find("h1").getText());
    assertEquals(PARENTAL, meta("property", "og:title"));
    assertEquals("article", meta("property", "og:type"));
    assertEquals("fr_FR", meta("property", "og:locale"));
    assertTrue(meta("property", "og:url").endsWith("resource.xhtml?r=" + slugOf(shared())));
    assertEquals(meta("name", "description"), meta("property", "og:description"));
    assertTrue(
        browser
            .driver()
            .findElement(By.cssSelector("link[rel='canonical']"))
            .getAttribute("href")
            .contains("r=controle-parental"));
    browser.waitForText("Vérifiée");
    assertTrue(browser.all("form[id='rate']").isEmpty(), "rating needs an account");
    assertTrue(browser.all("form[id='actions']").isEmpty(), "so do editing and proposing");
    assertNull(browser.sessionId(), "reading starts no session");
    browser.assertAccessible();

    // Logging in from the page lands back on it, with the members' forms.
    String page = browser.driver().getCurrentUrl();
    browser.click("a[id$='contribute']");
    browser.type("input[id='login:username']", "mediatrice");
    browser.type("input[id='login:password']", DemoAccounts.PASSWORD);
    browser.click("button[id='login:submit']");
    browser.wait(15).until(d -> d.getCurrentUrl().equals(page));
    browser.inFrench();
    browser.find("form[id='rate']");
    browser.waitForText("Recommandez-vous cette ressource ?");
    browser.logout();
  }

  @Test
  void theLibraryAndAResourceReadInEnglishWithoutAnAccount() {
    browser.driver().manage().deleteAllCookies();
    browser.get("library/index.xhtml");
    browser.click("#toEn");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    browser.waitForText("resources found");
    browser.waitForText("Narrow the search");
    browser.assertAccessible();
    browser.driver().findElement(By.linkText(PARENTAL)).click();
    browser.wait(10).until(d -> d.getCurrentUrl().contains("resource.xhtml"));
    browser.waitForText("This resource is free to read.");
    assertEquals("en_GB", meta("property", "og:locale"));
    assertFalse(
        fr.capacite.testing.Browser.isoLike(browser.text()), "no ISO date in front of a reader");
    browser.assertAccessible();
    assertNull(browser.sessionId(), "reading starts no session");
    browser.click("#toFr");
    browser.wait(10).until(d -> "fr".equals(browser.lang()));
  }

  private String shared() {
    return browser.driver().getCurrentUrl();
  }

  private static String slugOf(String url) {
    return url.replaceAll(".*[?&]r=([^&]+).*", "$1");
  }
}
