package fr.capacite.web.cohort;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A visitor finds an offer, logs in from it to apply, writes their motivation; the organisation's
 * manager reads the application and accepts it into a place; the person sees it accepted and the
 * cohort among theirs — in French, with axe on each page.
 */
class ApplicationBrowserIT extends BrowserSupport {

  private static final String FULL = "Médiateur numérique — titre complet, session d’hiver";

  @Test
  void aVisitorAppliesFromTheCatalogueAndTheManagerAcceptsIntoAPlace() {
    browser.driver().manage().deleteAllCookies();
    browser.get("offers/index.xhtml");
    browser.driver().findElement(By.linkText(FULL)).click();
    browser.wait(10).until(d -> d.getCurrentUrl().contains("offers/cohort.xhtml"));
    browser.click("a[id$='applyLogin']");
    browser.type("input[id='login:username']", "apprenant");
    browser.type("input[id='login:password']", DemoAccounts.PASSWORD);
    browser.click("button[id='login:submit']");
    browser.wait(15).until(d -> d.getCurrentUrl().contains("path/apply.xhtml"));
    browser.inFrench();
    browser.waitForText("Votre motivation et votre projet");
    browser.assertAccessible();
    browser.type(
        "textarea[id='apply:motivation']",
        "J'accompagne déjà des habitants à la médiathèque ; je veux le titre pour en faire mon métier.");
    browser.choose("apply:funding", "compte personnel de formation (CPF)");
    browser.click("button[id='apply:send']");
    browser.waitForText("Candidature envoyée : l’organisme vous répondra ici.");
    browser.waitForText("En attente de réponse");
    browser.assertAccessible();
    browser.logout();

    browser.loginInFrench("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.driver().findElement(By.linkText(FULL)).click();
    browser.click("a[data-tab='applications']");
    browser.waitForText("Candidatures reçues");
    browser.waitForText("je veux le titre pour en faire mon métier");
    browser.assertAccessible();
    String card =
        "//section[contains(., 'Yanis Apprenant') and contains(., 'En attente de réponse')]";
    String hours =
        browser
            .driver()
            .findElement(By.xpath(card + "//div[contains(@id, ':hours')]"))
            .getAttribute("id");
    browser.choose(hours, "175 h");
    browser.driver().findElement(By.xpath(card + "//button[contains(@id, ':accept')]")).click();
    browser.waitForText("Candidature acceptée : la personne est inscrite.");
    browser.logout();

    browser.loginInFrench("apprenant", DemoAccounts.PASSWORD);
    browser.click("a[data-area='nav.path']");
    browser.waitForText("Acceptée");
    assertTrue(browser.text().contains(FULL), "the cohort is among hers");
    browser.assertAccessible();
    browser.logout();
  }
}
