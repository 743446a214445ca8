package fr.capacite.web.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Organisations as a manager, a trainer and an administrator see them. */
class OrganisationBrowserIT extends BrowserSupport {

  @Test
  void aManagerSeesOnlyHisOrganisationAndAddsASite() {
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.click("a[data-area='nav.organisation']");
    browser.waitForText("Les Ateliers du Numérique");
    assertFalse(
        browser.text().contains("Tiers-Lieu Formation Occitanie"),
        "another organisation is listed");
    browser.assertAccessible();
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.waitForText("Atelier République");
    browser.assertAccessible();

    browser.click("button[id='sites:addSite']");
    String name = "Médiathèque " + UUID.randomUUID().toString().substring(0, 6);
    browser.type("input[id='siteDlgForm:name']", name);
    browser.type("input[id='siteDlgForm:address']", "3 place de la Mairie");
    browser.type("input[id='siteDlgForm:postalCode']", "750");
    browser.type("input[id='siteDlgForm:city']", "Paris");
    browser.click("button[id='siteDlgForm:save']");
    browser.waitForText("Le code postal comporte 5 chiffres.");
    browser.type("input[id='siteDlgForm:postalCode']", "75020");
    browser.click("button[id='siteDlgForm:save']");
    browser.waitForText("Site « " + name + " » enregistré.");
    browser.waitForText(name);
  }

  @Test
  void aManagerImportsLieuxAfterSeeingEachFaultyRow() {
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser
        .find("input[id='lieux:file']")
        .sendKeys(
            java.nio.file.Path.of("src/test/resources/lieux/lignes-invalides.csv")
                .toAbsolutePath()
                .toString());
    browser.click("button[id='lieux:preview']");
    browser.waitForText("1 ligne(s) valide(s), 2 ligne(s) en erreur.");
    assertTrue(browser.text().contains("valeur obligatoire manquante"));
    assertTrue(browser.text().contains("identifiant déjà utilisé plus haut dans le fichier"));
    browser.assertAccessible();
    browser.click("button[id='lieuxPreview:cancel']");

    browser
        .find("input[id='lieux:file']")
        .sendKeys(
            java.nio.file.Path.of("src/test/resources/lieux/exemple-valide.csv")
                .toAbsolutePath()
                .toString());
    browser.click("button[id='lieux:preview']");
    browser.waitForText("1 ligne(s) valide(s), 0 ligne(s) en erreur.");
    browser.click("button[id='lieuxPreview:import']");
    browser.waitForText("1 site(s) importé(s) ou mis à jour.");
    browser.waitForText("Anonymal");
    assertTrue(browser.text().contains("12 BIS RUE DE LECLERCQ"));
  }

  @Test
  void aManagerDownloadsTheOfferInLheoAndAnAdministratorTheWholeOffer() {
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.waitForText("Offre de formation (LHÉO)");
    String href = browser.find("a#exportOffer").getAttribute("href");
    String xml = fetch(href);
    assertTrue(xml.contains("<lheo xmlns=\"http://lheo.gouv.fr/2.3\">"), xml);
    assertTrue(xml.contains("<code-RNCP>RNCP40695</code-RNCP>"), xml);
    assertTrue(xml.contains("<numero-activite>11755555575</numero-activite>"), xml);
    browser.assertAccessible();
    // not an administrator: the whole offer is refused
    assertTrue(fetch("/api/organisations/offers.xml").contains("error.api.forbidden"));

    browser.login("admin", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    String all = fetch(browser.find("a#exportAllOffers").getAttribute("href"));
    assertTrue(all.contains("<nom-organisme>Les Ateliers du Numérique</nom-organisme>"), all);
  }

  /** The body of a download, fetched with the browser's own session. */
  private String fetch(String url) {
    return String.valueOf(
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.text()).then(done);",
                url));
  }

  @Test
  void aWrongSiretIsExplainedNextToTheField() {
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.type("input[id='organisation:siret']", "82314567800013");
    browser.click("button[id='organisation:save']");
    browser.waitForText("SIRET invalide");
    assertTrue(
        browser.find("[id='organisation:siret']").getAttribute("class").contains("ui-state-error"));
    browser.assertAccessible();
  }

  @Test
  void aForgedIdOfAnotherOrganisationIsNotFound() {
    browser.login("admin", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Tiers-Lieu Formation Occitanie")).click();
    browser.waitForText("a expiré");
    String url = browser.driver().getCurrentUrl();
    browser.assertAccessible();
    browser.logout();

    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.driver().get(url);
    assertEquals("Page introuvable", browser.find("h1").getText());
    assertFalse(browser.text().contains("Tiers-Lieu"));
  }

  @Test
  void aTrainerReadsButCannotEdit() {
    browser.login("formatrice", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.waitForText("Atelier République");
    assertTrue(browser.all("button[id='organisation:save']").isEmpty());
    assertTrue(browser.all("button[id='sites:addSite']").isEmpty());
    browser.click("#toEn");
    browser.waitForText("Identity and Qualiopi");
    browser.assertAccessible();
  }

  @Test
  void aManagerRecordsATrainersQualifications() {
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.click("button[id$=':editTrainer']");
    browser
        .wait(10)
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                By.id("trainerDlgForm:years")));
    browser.choose("trainerDlgForm:title", "Médiateur numérique");
    browser.type("input[id='trainerDlgForm:years']", "4");
    browser.type("textarea[id='trainerDlgForm:modules']", "Cybersécurité\nParentalité numérique");
    browser.click("button[id='trainerDlgForm:save']");
    browser.waitForText("Compétences du formateur enregistrées.");
    browser.waitForText("Cybersécurité · Parentalité numérique");
    browser.assertAccessible();
  }

  @Test
  void notificationsAreListedFromTheHeader() {
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.click("#notificationsLink");
    assertEquals("Notifications", browser.find("h1").getText());
    browser.find("[id='notifications:table']");
    // The test platform has a mail session: the page offers the choice without a warning.
    browser.waitForText("Notifications");
    assertFalse(browser.text().contains("La plateforme n’envoie pas d’e-mail pour le moment"));
    browser.click("label[for='preferences:byEmail_input']");
    browser.waitForText("Préférence enregistrée.");
    browser.assertAccessible();
  }

  @Test
  void administratorsSeeEveryOrganisationWithItsQualiopiStatus() {
    browser.login("admin", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.waitForText("Tiers-Lieu Formation Occitanie");
    String page = browser.text();
    assertTrue(page.contains("Les Ateliers du Numérique"));
    assertTrue(page.contains("Expirée"));
    assertTrue(page.contains("Valide"));
    browser.assertAccessible();
  }
}
