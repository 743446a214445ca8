package fr.capacite.web.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A learner answers the à chaud questionnaire of her finished cohort; the manager sees it. */
class SatisfactionBrowserIT extends BrowserSupport {

  private static final String COHORT = "Médiateur numérique — CCP1, promotion de printemps";

  @Test
  void aLearnerAnswersTheQuestionnaireOnceAndTheResultsCount() {
    browser.login("mediatrice", DemoAccounts.PASSWORD);
    browser.click("a[data-area='nav.path']");
    browser.waitForText("Questionnaires à remplir");
    browser.waitForText("Mes promotions");
    browser.assertAccessible();
    browser
        .driver()
        .findElement(By.partialLinkText("Répondre au questionnaire à chaud : " + COHORT))
        .click();
    browser.waitForText("Questionnaire de satisfaction à chaud");
    browser.assertAccessible();

    // Nothing chosen: each question says what is missing, nothing is stored.
    browser.click("button[id='survey:send']");
    browser.waitForText("Choisissez une note de 1 à 5.");
    assertEquals(6, browser.all("input[type='radio'][value='5']").size());

    for (WebElement radio : browser.all("input[type='radio'][value='4']")) {
      browser.click("label[for='" + radio.getAttribute("id") + "']");
    }
    browser.type("textarea[id='survey:comment']", "Très concret <script>alert(1)</script>");
    browser.click("button[id='survey:send']");
    browser.waitForText("Merci ! Vos réponses sont enregistrées.");
    assertFalse(browser.text().contains("Répondre au questionnaire à chaud : " + COHORT));
    browser.logout();

    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.driver().findElement(By.linkText(COHORT)).click();
    browser.click("a[data-tab='satisfaction']");
    browser.waitForText("Satisfaction des stagiaires");
    // The free text is shown as text, never run.
    browser.waitForText("Très concret &lt;script&gt;alert(1)&lt;/script&gt;");
    assertTrue(browser.text().contains("Très concret <script>alert(1)</script>"));
    browser.assertAccessible();
  }
}
