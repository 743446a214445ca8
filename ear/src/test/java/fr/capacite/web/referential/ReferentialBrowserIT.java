package fr.capacite.web.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Browsing the referential in both languages, editing it, and importing RNCP files. */
class ReferentialBrowserIT extends BrowserSupport {

  private static String resource(String name) {
    return Path.of("src/test/resources/rncp", name).toAbsolutePath().toString();
  }

  @Test
  void aMediatorBrowsesRemnDownToTheCcp1Competences() {
    browser.login("mediatrice", DemoAccounts.PASSWORD);
    browser.click("a[data-area='nav.referential']");
    browser.waitForText("Responsable d'Espace de Médiation Numérique");
    browser.assertAccessible();
    assertTrue(browser.text().contains("Remplacée"));
    browser
        .driver()
        .findElement(org.openqa.selenium.By.linkText("Responsable d'Espace de Médiation Numérique"))
        .click();
    assertEquals("REMN-2019", browser.find("#versionCode").getText());
    String page = browser.text();
    assertTrue(page.contains("CCP1"));
    assertTrue(
        page.contains(
            "Élaborer des programmes d'actions de médiation facilitant l'appropriation des savoirs et des usages numériques"));
    assertTrue(
        page.contains("Préparer et animer des actions de médiation individuelles et collectives"));
    assertTrue(
        page.contains("Compétences non renseignées."),
        "CCP2 and CCP3 competences are unknown and shown as such");
    assertEquals(0, browser.all("button[id$=':edit']").size(), "a mediator gets no edit button");
    browser.assertAccessible();

    browser.click("#toEn");
    browser.waitForText("Previous version");
    assertEquals("en", browser.lang());
    assertTrue(browser.text().contains("Replaced"));
    assertTrue(browser.text().contains("Competences not known."));
    browser.assertAccessible();
    browser.click("#predecessor");
    browser.waitForText("CMN-2015");
    browser.get("referential/pix.xhtml");
    browser.waitForText("Sécuriser l'environnement numérique");
    browser.assertAccessible();
  }

  @Test
  void pagesFitAPhoneScreenOf360Pixels() {
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
    browser.login("admin", DemoAccounts.PASSWORD);
    for (String page :
        java.util.List.of(
            "index.xhtml",
            "referential/index.xhtml",
            "referential/version.xhtml?v=REMN-2019",
            "admin/users.xhtml")) {
      browser.get(page);
      browser.find("h1");
      long overflow =
          (Long)
              ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                  .executeScript(
                      "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertTrue(overflow <= 0, page + " scrolls sideways by " + overflow + " px at 360 px");
    }
    browser.assertAccessible();
  }

  @Test
  void anAdministratorAddsAndRemovesACriterion() {
    browser.login("admin", DemoAccounts.PASSWORD);
    // MN 2025 has exam sessions in the demo: a criterion nobody has scored may still go.
    browser.get("referential/version.xhtml?v=MN-2025");
    browser.waitForText("Évaluer ses actions et sa pratique professionnelle");
    browser.assertAccessible();
    browser.click("button[id$=':addK']");
    String criterion = "Critère de test " + UUID.randomUUID().toString().substring(0, 6);
    browser.type("textarea[id='criterionDlgForm:text']", criterion);
    browser.click("button[id='criterionDlgForm:save']");
    browser.waitForText("Critère enregistré.");
    browser.waitForText(criterion);
    browser.assertAccessible();
    browser.click("button[id$=':deleteK']");
    // The confirmation focuses "No", the safe choice, is axe-clean, and Escape closes it.
    browser.wait(10).until(d -> "confirmNo".equals(activeId()));
    browser.assertAccessible();
    browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
    browser.wait(10).until(d -> !browser.find(".ui-confirm-dialog").isDisplayed());
    assertTrue(browser.text().contains(criterion), "Escape deletes nothing");
    browser.click("button[id$=':deleteK']");
    browser.click("#confirmYes");
    browser.waitForText("Critère supprimé.");
    browser.wait(10).until(d -> !browser.text().contains(criterion));
  }

  @Test
  void anAdministratorImportsRncpFilesAfterAPreview() {
    browser.login("admin", DemoAccounts.PASSWORD);
    browser.get("referential/import.xhtml");
    browser.assertAccessible();
    browser
        .find("input[type='file']")
        .sendKeys(resource("Standard.csv") + "\n" + resource("Blocs.csv"));
    browser.click("button[id='upload:read']");
    browser.waitForText("Aperçu des changements");
    String preview = browser.text();
    assertTrue(preview.contains("Lu : 1 fiche(s), 2 bloc(s)"), preview);
    assertTrue(preview.contains("Nouvelle version : 1"), preview);
    assertTrue(preview.contains("Nouveau bloc : 2"), preview);
    browser.assertAccessible();
    browser.click("button[id='preview:apply']");
    browser.waitForText("Import terminé");
    browser.click("#seeReferential");
    browser.waitForText("Titre de démonstration importé");
    browser
        .driver()
        .findElement(org.openqa.selenium.By.linkText("Titre de démonstration importé"))
        .click();
    browser.waitForText("Accueillir les publics");
    assertTrue(browser.text().contains("Animer des ateliers"));

    // Importing the same files again changes nothing.
    browser.get("referential/import.xhtml");
    browser
        .find("input[type='file']")
        .sendKeys(resource("Standard.csv") + "\n" + resource("Blocs.csv"));
    browser.click("button[id='upload:read']");
    browser.waitForText("Rien à changer");
  }

  /** The fixtures in the export's published shape (see the ejb module's test resources). */
  private static String published(String name) {
    return Path.of("../ejb/src/test/resources/rncp", name).toAbsolutePath().normalize().toString();
  }

  @Test
  void thePublishedXmlFlowBringsItsCorrespondencesAndSkipsRsFichesInEnglish() {
    browser.login("admin", DemoAccounts.PASSWORD);
    browser.click("a[id$='toEn']");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    try {
      browser.get("referential/import.xhtml");
      browser.assertAccessible();
      browser
          .find("input[type='file']")
          .sendKeys(
              published("export_fiches_XML_2026_12_01.xml")
                  + "\n"
                  + published("export_fiches_CSV_Standard_2026_12_01.csv"));
      browser.click("button[id='upload:read']");
      browser.waitForText("Preview of the changes");
      String preview = browser.text();
      assertTrue(preview.contains("répertoire spécifique fiches skipped: 1 — RS95476"), preview);
      assertTrue(preview.contains("New block equivalence : 2"), preview);
      assertTrue(preview.contains("RNCP90101 / CCP2 → RNCP90202 / CCP3"), preview);
      browser.assertAccessible();
      browser.click("button[id='preview:apply']");
      browser.waitForText("Import finished");
      browser.get("referential/version.xhtml?v=RNCP90202");
      browser.waitForText("Médiateur numérique (essai)");
      String version = browser.text();
      assertTrue(version.contains("RNCP90101 / CCP1"), version);
      assertTrue(version.contains("RNCP90202 / CCP3"), version);
    } finally {
      browser.inFrench();
    }
  }

  @Test
  void aMalformedFileIsRefusedNamingTheLine() {
    browser.login("admin", DemoAccounts.PASSWORD);
    browser.get("referential/import.xhtml");
    browser.find("input[type='file']").sendKeys(resource("comma.csv"));
    browser.click("button[id='upload:read']");
    browser.waitForText("« comma.csv », ligne 1 : séparateur inattendu");
    browser.assertAccessible();
  }

  @Test
  void onlyAdministratorsReachTheImport() {
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("referential/import.xhtml");
    assertEquals("Accès refusé", browser.find("h1").getText());
  }

  private String activeId() {
    return (String)
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript("return document.activeElement && document.activeElement.id;");
  }
}
