package fr.capacite.web.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * A curator goes from the review queue to the gap list: the most asked themes of the demo
 * mediators' logbooks, each with what the library and the catalogue hold about it, those nothing
 * answers marked; on a phone, in French and English, with axe.
 */
class GapsBrowserIT extends BrowserSupport {

  @Test
  void aCuratorReadsWhatPeopleAskForAndWhatIsMissing() {
    browser.loginInFrench("curateur", DemoAccounts.PASSWORD);
    browser.driver().manage().window().setSize(new Dimension(360, 800));
    browser.get("library/reviews.xhtml");
    browser.click("a[id='gaps']");
    browser.waitForText("Demandes et ressources manquantes");
    String first = browser.find("#gapList > li").getText();
    assertTrue(first.startsWith("Aide aux démarches administratives"), first);
    assertTrue(
        first.contains("Accès aux droits et démarches en ligne"),
        "the catalogue's module answers it: " + first);
    assertTrue(browser.text().contains("À combler"), "some demand is not answered");
    browser.assertAccessible();
    browser.assertFitsTheWindow();

    browser.click("#toEn");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    browser.waitForText("Demands and missing resources");
    assertTrue(
        browser.find("#gapList > li").getText().startsWith("Help with administrative procedures"));
    browser.assertAccessible();
    browser.assertFitsTheWindow();
    browser.click("#toFr");
    browser.wait(10).until(d -> "fr".equals(browser.lang()));
    browser.logout();
  }
}
