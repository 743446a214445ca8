package fr.capacite.web.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.Browser;
import fr.capacite.testing.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The public catalogue of training offers: a visitor without an account narrows by region, scope
 * and places, reads an offer (prerequisites, price, fundings, accessibility, contact) in French and
 * English; a manager withdraws an offer and publishes it again from the cohort's page, and a cohort
 * that has ended cannot be published.
 */
class OffersBrowserIT extends BrowserSupport {

  private static final String CCP23 = "Médiateur numérique — CCP2 et CCP3";
  private static final String FULL = "Médiateur numérique — titre complet, session d’hiver";

  private void select(String id, String label) {
    String before = browser.driver().getCurrentUrl();
    new Select(browser.find("#" + id)).selectByVisibleText(label);
    // The form is sent at once, and the focus comes back to the list.
    browser.wait(10).until(d -> !d.getCurrentUrl().equals(before));
    browser.wait(10).until(d -> id.equals(d.switchTo().activeElement().getAttribute("id")));
  }

  /** French groups digits with narrow no-break spaces and puts a no-break space before €. */
  private static String plain(String text) {
    return text.replace('\u202f', ' ').replace('\u00a0', ' ');
  }

  @Test
  void aVisitorFindsAnOfferByRegionScopeAndPlacesAndReadsIt() {
    browser.driver().manage().deleteAllCookies();
    browser.get("index.xhtml");
    browser.click("a[data-area='nav.offers']");
    browser.waitForText("sessions trouvées");
    assertTrue(browser.text().contains(FULL) && browser.text().contains(CCP23));
    browser.assertAccessible();

    select("region", "Île-de-France");
    assertTrue(browser.driver().getCurrentUrl().contains("region=11"));
    browser.waitForTextIn("#results", "2 sessions trouvées", true);
    assertFalse(browser.text().contains("CCP1 à distance"), "a remote offer has no region");
    select("scope", "CCP2 + CCP3");
    browser.waitForTextIn("#results", "1 session trouvée", true);
    browser.click("#places");
    browser.wait(10).until(d -> d.getCurrentUrl().contains("places=true"));
    browser.waitForTextIn("#results", CCP23, true);
    assertTrue(plain(browser.text()).contains("3 200 € TTC"), browser.text());
    browser.assertAccessible();

    browser.driver().findElement(By.linkText(CCP23)).click();
    browser.wait(10).until(d -> d.getCurrentUrl().contains("offers/cohort.xhtml"));
    assertEquals(CCP23, browser.find("h1").getText());
    String text = plain(browser.text());
    for (String part :
        new String[] {
          "Avoir obtenu le CCP1",
          "Préparer les blocs de compétences CCP2 + CCP3",
          "Un positionnement à l’entrée fixe le parcours",
          "3 200 € TTC",
          "compte personnel de formation (CPF), opérateur de compétences (OPCO), employeur.",
          "Montreuil",
          "Seine-Saint-Denis, Île-de-France",
          "Lieu accessible aux personnes à mobilité réduite.",
          "En centre de formation : jeudi, vendredi."
        }) {
      assertTrue(text.contains(part), part + " in " + text);
    }
    assertEquals(
        "mailto:handicap@ateliers-numerique.example",
        browser.find("#contactEmail").getAttribute("href"));
    assertTrue(
        browser
            .driver()
            .findElement(By.cssSelector("meta[property='og:title']"))
            .getAttribute("content")
            .equals(CCP23));
    assertFalse(Browser.isoLike(text), "no ISO date in front of a reader");
    assertNull(browser.sessionId(), "the catalogue starts no session");
    browser.assertAccessible();

    // The organisation's public page: Qualiopi, its results with their basis, its offers.
    browser.click("a[id$='organisationLink']");
    browser.wait(10).until(d -> d.getCurrentUrl().contains("offers/organisation.xhtml"));
    assertEquals("Les Ateliers du Numérique", browser.find("h1").getText());
    String page = plain(browser.text());
    assertTrue(page.contains("Résultats (indicateur 2 de Qualiopi)"), page);
    assertTrue(browser.find("#qualiopi").getText().contains("QUA-2025-0142"), page);
    assertTrue(page.contains("Satisfaction à chaud (fin de formation)"), page);
    assertTrue(page.contains("au moins 5 personnes"), page);
    assertTrue(page.contains(CCP23), "its offers");
    assertFalse(Browser.isoLike(page));
    assertNull(browser.sessionId());
    browser.assertAccessible();
    browser.driver().navigate().back();

    browser.click("#toEn");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    text = browser.text();
    assertTrue(text.contains("Holding CCP1 (CCP2 and CCP3 require it)."), text);
    assertTrue(text.contains("€3,200 including VAT"), text);
    assertTrue(text.contains("At the training centre: Thursday, Friday."), text);
    assertFalse(Browser.isoLike(text));
    browser.assertAccessible();
    browser.click("#back");
    browser.waitForText("sessions found");
    browser.assertAccessible();
    browser.click("#toFr");
    browser.wait(10).until(d -> "fr".equals(browser.lang()));
  }

  @Test
  void aManagerWithdrawsAndPublishesAnOfferAndAnEndedCohortCannotBePublished() {
    browser.driver().manage().deleteAllCookies();
    browser.get("offers/index.xhtml");
    String href = browser.driver().findElement(By.linkText(CCP23)).getAttribute("href");
    String id = href.replaceAll(".*[?&]id=(\\d+).*", "$1");

    browser.loginInFrench("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("cohort/edit.xhtml?id=" + id + "&tab=plan");
    browser.waitForText("Catalogue public des formations");
    browser.find("#seeOffer");
    browser.assertAccessible();
    // Withdraw: gone from the catalogue at once.
    browser.click("div[id='offer:published'] .ui-chkbox-box");
    browser.click("button[id='offer:saveOffer']");
    browser.waitForText("la session ne figure pas dans le catalogue");
    browser.get("offers/index.xhtml");
    browser.waitForText("sessions trouvées");
    assertFalse(browser.text().contains(CCP23), "withdrawn");
    browser.get("offers/cohort.xhtml?id=" + id);
    assertEquals("Page introuvable", browser.find("h1").getText());

    // Published again with another price.
    browser.get("cohort/edit.xhtml?id=" + id + "&tab=plan");
    browser.click("div[id='offer:published'] .ui-chkbox-box");
    browser.find("input[id='offer:price_input']").clear();
    browser.type("input[id='offer:price_input']", "3200");
    browser.click("button[id='offer:saveOffer']");
    browser.waitForText("Session publiée dans le catalogue.");
    browser.get("offers/index.xhtml");
    browser.waitForText(CCP23);

    // The spring cohort of 2026 has ended: it cannot be published.
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.driver().findElement(By.partialLinkText("printemps 2026")).click();
    browser.waitForText("Catalogue public des formations");
    browser.click("div[id='offer:published'] .ui-chkbox-box");
    browser.click("button[id='offer:saveOffer']");
    browser.waitForText("Cette session est terminée : elle ne peut plus être publiée.");
    browser.assertAccessible();
    browser.logout();
  }
}
