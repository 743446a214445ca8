package fr.capacite.web.jury;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Two jurors score one candidate blind; their disagreement is flagged and deliberated. */
class ScoringBrowserIT extends BrowserSupport {

  private static final String SESSION = "CCP1 Médiateur numérique — session de l'hiver";

  private void openSession() {
    browser.click("a[data-area='nav.jury']");
    browser.driver().findElement(By.linkText(SESSION)).click();
    browser.waitForText("Candidats");
  }

  private void tickAll(String value) {
    for (WebElement radio :
        browser.all("form[id='sheet'] input[type='radio'][value='" + value + "']")) {
      browser.click("label[for='" + radio.getAttribute("id") + "']");
    }
  }

  private void scoreMaya(String score, String proposal, String comment) {
    openSession();
    browser
        .driver()
        .findElement(By.xpath("//tr[contains(., 'Maya Médiatrice')]//a[contains(@id, ':score')]"))
        .click();
    browser.waitForText("Fiche de notation — Maya Médiatrice");
    tickAll(score);
    tickAll(proposal);
    browser.type("textarea[id$=':comment']", comment);
  }

  @Test
  void twoJurorsScoreBlindAndTheJuryDecidesTheFlaggedBlockWithAReason() {
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    openSession();
    browser.click("button[id='lifecycle:open']");
    browser.waitForText("La notation est ouverte.");
    browser.logout();

    browser.login("jure", DemoAccounts.PASSWORD);
    scoreMaya("4", "true", "Diagnostic mené avec soin");
    browser.assertAccessible();
    browser.click("button[id='sheet:submit']");
    browser.waitForText("Fiche soumise : vous voyez désormais celles des autres juré·es.");
    browser.waitForText("Nadia Jurée (pas encore soumise)");
    // The submitted sheet reads as a summary under one note: no greyed-out fields.
    assertTrue(
        browser.all("#mine input, #mine textarea").isEmpty(), "nothing disabled to squint at");
    assertTrue(browser.text().contains("Diagnostic mené avec soin"));
    assertFalse(
        browser.text().contains("Fiche soumise, elle ne change plus."), "one banner, not two");
    browser.driver().navigate().refresh();
    browser.waitForText("Fiche soumise, elle ne change plus.");
    browser.assertAccessible();
    browser.logout();

    browser.login("jure2", DemoAccounts.PASSWORD);
    scoreMaya("1", "false", "Besoins non recueillis");
    assertFalse(browser.text().contains("Fiches des autres juré·es"), "blind until submitted");
    assertFalse(browser.text().contains("Diagnostic mené avec soin"));
    browser.click("button[id='sheet:submit']");
    browser.waitForText("Fiches des autres juré·es");
    browser.waitForText("« Diagnostic mené avec soin »");

    browser.click("a[id='back']");
    browser.click("a[id='deliberation']");
    browser.waitForText("Décisions proposées divergentes");
    browser.waitForText("Écart de 3 point(s) sur un critère (seuil : 1)");
    browser.assertAccessible();
    browser
        .driver()
        .findElement(
            By.xpath("//tr[contains(., 'Maya Médiatrice')]//button[contains(@id, ':decide')]"))
        .click();
    browser.waitForText("Maya Médiatrice — CCP1");
    String notAcquired =
        browser
            .find("form[id='decisionDlgForm'] input[type='radio'][value='false']")
            .getAttribute("id");
    browser.click("label[for='" + notAcquired + "']");
    browser.click("button[id='decisionDlgForm:record']");
    // R5: the refusal is refused without its reason (the message, not the page's lead text).
    browser
        .wait(10)
        .until(
            d ->
                d.findElements(By.cssSelector(".msg--error")).stream()
                    .anyMatch(e -> e.getText().contains("Un refus demande un motif écrit (R5).")));
    browser.type(
        "textarea[id='decisionDlgForm:reason']",
        "Diagnostic partagé non conduit lors de la mise en situation");
    browser.click("button[id='decisionDlgForm:record']");
    browser.waitForText("Décision enregistrée.");
    browser.waitForText("Diagnostic partagé non conduit lors de la mise en situation");
    assertTrue(browser.text().contains("Non acquis — Diagnostic partagé non conduit"));
    // A juror may tell the training organisation what the session showed (read without names).
    browser.type(
        "textarea[id$=':text']",
        "Le diagnostic partagé des besoins est à retravailler en formation.");
    browser.click("button[id$=':saveRemark']");
    browser.waitForText("Remarque enregistrée.");
    assertTrue(
        browser.find("textarea[id$=':text']").getAttribute("value").startsWith("Le diagnostic"));
    browser.assertAccessible();
    browser.logout();

    // Administrators read the jurors' agreement (Cohen's κ) in the calibration report.
    browser.login("admin", DemoAccounts.PASSWORD);
    browser.click("a[data-area='nav.jury']");
    browser.click("a[id='calibration']");
    browser.waitForText("Jules Juré / Nadia Jurée");
    browser.assertAccessible();
  }
}
