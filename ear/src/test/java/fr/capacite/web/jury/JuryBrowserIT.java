package fr.capacite.web.jury;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.domain.identity.Role;
import fr.capacite.testing.BrowserSupport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A centre plans a session, registers a cohort, builds a jury; a conflicted juror is excluded. */
class JuryBrowserIT extends BrowserSupport {

  private static final String COHORT = "Médiateur numérique — CCP1, promotion de printemps";

  @Test
  void aCentrePlansASessionRegistersACohortAndAConflictedJurorIsExcludedWithTheReason() {
    String title = "Session test " + UUID.randomUUID().toString().substring(0, 6);
    LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30);
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.click("a[data-area='nav.jury']");
    browser.waitForText("Planifier une session");
    browser.assertAccessible();
    browser.choose(
        "plan:approval",
        "Les Ateliers du Numérique — MN-2025 — Atelier République (01/09/2025 → 31/08/2028)");
    browser.waitForText("name=\"plan:blocks\"");
    browser.type("input[id='plan:title']", title);
    browser.choose("plan:kind", "CCP");
    WebElement ccp1 =
        browser.all("input[name='plan:blocks']").stream()
            .filter(
                i ->
                    browser
                        .find("label[for='" + i.getAttribute("id") + "']")
                        .getText()
                        .startsWith("CCP1"))
            .findFirst()
            .orElseThrow();
    browser.click("label[for='" + ccp1.getAttribute("id") + "']");
    browser.type("input[id='plan:day_input']", fr.capacite.testing.Browser.day(day));
    browser.click("button[id='plan:create']");
    browser.waitForText("Session « " + title + " » planifiée.");
    browser.waitForText("Aucun candidat inscrit.");
    browser.assertAccessible();

    browser.choose("fromCohort:cohort", COHORT);
    browser.click("button[id='fromCohort:add']");
    browser.waitForText("candidat·e(s) inscrit·e(s)");
    browser.waitForText("Maya Médiatrice");
    // The headings count what was just added, without a reload.
    browser.waitForTextIn("#candidatesHeading", "(0)", false);

    // R6: the centre uploads the DP; the type is checked on the content, not the name.
    browser
        .driver()
        .findElement(
            By.xpath("//tr[contains(., 'Maya Médiatrice')]//a[contains(@id, ':evidence')]"))
        .click();
    browser.waitForText("Dossier du candidat — Maya Médiatrice");
    browser.assertAccessible();
    browser.find("input[id='upload:file']").sendKeys(file("faux.pdf", "Un simple texte."));
    browser.click("input[id='upload:send']");
    browser.waitForText("n’est pas un PDF");
    browser
        .find("input[id='upload:file']")
        .sendKeys(file("dp.pdf", "%PDF-1.4\n% dossier professionnel\n%%EOF\n"));
    browser.click("input[id='upload:send']");
    browser.waitForText("DP enregistré.");
    browser.waitForText("dp.pdf");
    browser.click("a[id='back']");
    browser.waitForText("Candidats");

    for (String juror : new String[] {"Fanny Formatrice (formatrice)", "Jules Juré (jure)"}) {
      browser.choose("jury:juror", juror);
      browser.click("button[id='jury:assign']");
      browser.waitForText("Juré·e ajouté·e.");
    }
    browser.waitForTextIn("#juryHeading", "(2)", true);
    // She trained this cohort and works for the organisation: excluded, with the reasons.
    browser.waitForText("a formé ce·tte candidat·e (R3)");
    browser.waitForText("travaille pour son organisme de formation (R3)");
    browser.waitForText("n’a que 1 juré·e(s) sans conflit d’intérêts");
    assertTrue(
        browser
            .find("button[id='lifecycle:open']")
            .getAttribute("class")
            .contains("ui-state-disabled"));
    browser.assertAccessible();

    browser.choose("jury:juror", "Nadia Jurée (jure2)");
    browser.click("button[id='jury:assign']");
    // Two assessors now; what remains is the date: scoring opens on the day of the session.
    browser.waitForText(
        "La notation s’ouvre le jour de la session, le "
            + fr.capacite.testing.Browser.day(day)
            + ".");
    browser
        .wait(15)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElements(By.cssSelector("[id='opening'] li")).size() == 1);
    assertTrue(
        browser
            .find("button[id='lifecycle:open']")
            .getAttribute("class")
            .contains("ui-state-disabled"),
        "not before the day");
  }

  @Test
  void aJurorSignsTheCharterAndDeclaresALink() {
    browser.login("jure", DemoAccounts.PASSWORD);
    browser.click("a[data-area='nav.jury']");
    browser.waitForText("CCP1 Médiateur numérique — session de l'hiver");
    browser.click("a[id='profile']");
    browser.waitForText("Habilité·e aujourd’hui");
    browser.assertAccessible();
    browser.click("button[id='charter:sign']");
    browser.waitForText("Charte signée.");
    browser.type("input[id='links:person']", "personne-inconnue");
    browser.type("input[id='links:reason']", "Voisine");
    browser.click("button[id='links:declare']");
    browser.waitForText("Aucun compte « personne-inconnue ».");
    browser.type("input[id='links:person']", "mediatrice");
    browser.click("button[id='links:declare']");
    browser.waitForText("Lien déclaré : vous n’évaluerez pas cette personne.");
    browser.waitForText("Maya Médiatrice");
  }

  @Test
  void anAdministratorKeepsAJurorsHabilitation() {
    String juror = browser.createAccount(Role.JUROR); // logged in as admin
    browser.get("jury/jurors.xhtml");
    browser.waitForText("Compte " + juror);
    browser.waitForText("Aucune habilitation enregistrée (R1).");
    browser.assertAccessible();
    browser
        .driver()
        .findElement(By.xpath("//tr[contains(., '" + juror + "')]//button[contains(@id, ':edit')]"))
        .click();
    browser.waitForText("Profil du juré ou de la jurée");
    browser.type("input[id='jurorDlgForm:region']", "Bretagne");
    browser.type("input[id='jurorDlgForm:until_input']", "01/01/2020");
    browser.type("input[id='jurorDlgForm:years_input']", "8");
    browser.click("button[id='jurorDlgForm:save']");
    browser.waitForText("Profil de Compte " + juror + " enregistré.");
    browser.waitForText("Habilitation expirée le 01/01/2020 (R1).");
  }

  /** A file to upload, with the given name and content. */
  private static String file(String name, String content) {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("upload");
      java.nio.file.Path f = dir.resolve(name);
      java.nio.file.Files.writeString(f, content, java.nio.charset.StandardCharsets.US_ASCII);
      return f.toAbsolutePath().toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theDemoShowsTheJurorsAgreementAndTheCredentialsOfCuratorsAndContributors() {
    // The summer session's two jurors' sheets feed the calibration report (κ).
    browser.loginInFrench("admin", DemoAccounts.PASSWORD);
    browser.get("jury/calibration.xhtml");
    browser.waitForTextIn("[id='pairsForm:pairs']", "Jules Juré", true);
    browser.waitForTextIn("[id='pairsForm:pairs']", "Nadia Jurée", true);
    assertTrue(
        browser.find("[id='pairsForm:pairs']").getText().matches("(?s).*\\d,\\d\\d.*"),
        "a κ written the French way");
    browser.assertAccessible();
    // The curator's reviews and the co-authors' contributions earned credentials.
    browser.loginInFrench("curateur", DemoAccounts.PASSWORD);
    browser.get("path/credentials.xhtml");
    browser.waitForText("Relecture d'une ressource de la ressourcerie");
    browser.loginInFrench("formatrice", DemoAccounts.PASSWORD);
    browser.get("path/credentials.xhtml");
    browser.waitForText("Contribution à une ressource vérifiée");
  }
}
