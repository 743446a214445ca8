package fr.capacite.web.path;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A learner takes the positioning test one question per screen, leaves and resumes, and gets her
 * path with its explanation; the manager validates it, and it is final. Managers write tests too.
 */
class PositioningBrowserIT extends BrowserSupport {

  private static final String TEST = "Positionnement d'entrée — Médiateur numérique, CCP1";

  /** The best answers of the demo test, question by question. */
  private static final List<List<String>> BEST =
      List.of(
          List.of("Lui poser des questions sur ses usages et ce dont elle a besoin"),
          List.of(
              "Accompagner vers l'autonomie dans les usages",
              "Sensibiliser à des usages sûrs et responsables",
              "Orienter vers le bon interlocuteur quand la demande dépasse son rôle"),
          List.of("4 à 8"),
          List.of(
              "Vous lui proposez de travailler en binôme avec une personne qui a réussi, puis repassez la voir"),
          List.of(
              "Un court questionnaire en fin de séance",
              "Observer ce que les participants savent refaire seuls",
              "Un échange à chaud avec le groupe"),
          List.of("Ne pas cliquer et vérifier sur le site officiel de l'administration"),
          List.of(
              "Son mot de passe",
              "Le code confidentiel de sa carte bancaire",
              "Le code reçu par SMS pour valider une connexion"),
          List.of("Regarder quelles applications et quels médias occupent la place"));

  private void answer(int question) {
    browser.waitForText("Question " + (question + 1) + " sur 8");
    for (String label : BEST.get(question)) {
      browser
          .driver()
          .findElement(By.xpath("//label[normalize-space(.)=\"" + label + "\"]"))
          .click();
    }
  }

  /** The test of her January cohort (she may hold other places, with tests of their own). */
  private void startForJanuary() {
    browser
        .driver()
        .findElement(
            By.xpath(
                "//tr[contains(., 'promotion de janvier') and contains(., \""
                    + TEST
                    + "\")]"
                    + "//button[contains(@id, ':start')]"))
        .click();
  }

  @Test
  void aPersonTakesTheTestFromAnOfferBeforeApplyingAndTheOrganisationReadsIt() {
    String full = "Médiateur numérique — titre complet, session d’hiver";
    browser.loginInFrench("conseiller", DemoAccounts.PASSWORD);
    browser.get("offers/index.xhtml");
    browser.driver().findElement(By.linkText(full)).click();
    browser.click("a[id$='apply']");
    browser.waitForText("Avant de candidater, vous pouvez passer le test de positionnement");
    browser.assertAccessible();
    browser.click("button[id$=':take']");
    for (int q = 0; q < 8; q++) {
      answer(q);
      browser.click(q < 7 ? "button[id='take:next']" : "button[id='take:submit']");
    }
    // Back on the application, with the advised length.
    browser.wait(15).until(d -> d.getCurrentUrl().contains("path/apply.xhtml"));
    browser.waitForText("parcours conseillé :");
    browser.assertAccessible();
    browser.type(
        "textarea[id='apply:motivation']",
        "Je veux faire reconnaître mon expérience de conseillère.");
    browser.click("button[id='apply:send']");
    browser.waitForText("Candidature envoyée");
    browser.logout();

    browser.loginInFrench("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.driver().findElement(By.linkText(full)).click();
    browser.click("a[data-tab='applications']");
    browser.waitForText("Positionnement passé avant de candidater :");
    browser.logout();
  }

  @Test
  void aLearnerTakesTheTestResumesItAndGetsHerPath() {
    browser.loginInFrench("apprenant", DemoAccounts.PASSWORD);
    browser.click("a[data-area='nav.path']");
    browser.click("a[id='positioning']");
    browser.waitForText(TEST);
    browser.assertAccessible();
    startForJanuary();

    // Question 1 with the keyboard: focus the answer's radio button and press space.
    browser.waitForText("Question 1 sur 8");
    browser.assertAccessible();
    String firstId =
        browser
            .driver()
            .findElement(By.xpath("//label[normalize-space(.)=\"" + BEST.get(0).get(0) + "\"]"))
            .getAttribute("for");
    browser.find("input[id='" + firstId + "']").sendKeys(Keys.SPACE);
    browser.click("button[id='take:next']");
    answer(1);
    browser.click("button[id='take:next']");
    browser.waitForText("Question 3 sur 8");

    // She leaves, then resumes where she was.
    browser.get("path/index.xhtml");
    browser.click("a[id='positioning']");
    startForJanuary();
    browser.waitForText("Question 3 sur 8 — 2 réponse(s) enregistrée(s)");
    for (int q = 2; q < 8; q++) {
      answer(q);
      browser.click(q < 7 ? "button[id='take:next']" : "button[id='take:submit']");
    }
    browser.waitForText("Parcours de 70 h");
    // In plain words: the score, the path, and why; the rule's reference is for the organisation.
    browser.waitForText("Votre score total est de 100 %");
    browser.waitForText("Ce parcours de 70 h est proposé à partir d’un score total de");
    browser.waitForText(
        "règle n° 1 de la version 1 des règles d’orientation du programme CNFS-2024");
    browser.waitForText("en attente de validation par votre organisme");
    browser.assertAccessible();
    browser.logout();

    browser.loginInFrench("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("path/positioning-tests.xhtml");
    browser.driver().findElement(By.linkText(TEST)).click();
    browser.waitForText("Yanis Apprenant");
    browser.assertAccessible();
    browser
        .driver()
        .findElement(
            By.xpath("//tr[contains(., 'Yanis Apprenant')]//button[contains(@id, ':validate')]"))
        .click();
    browser.waitForText("Résultat de Yanis Apprenant validé : parcours de 70 h, définitif.");
    browser.logout();

    browser.loginInFrench("apprenant", DemoAccounts.PASSWORD);
    browser.get("path/positioning.xhtml");
    browser.waitForText("Validé (définitif)");
    browser.click("a[id$=':see']");
    browser.waitForText("Résultat validé par votre organisme : il est définitif.");
  }

  @Test
  void aManagerWritesATestAndTheRulesAreShown() {
    browser.loginInFrench("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("path/positioning-tests.xhtml");
    browser.type("input[id='create:title']", "Positionnement maison");
    browser.choose("create:programme", "CNFS-2024");
    browser.click("button[id='create:create']");
    browser.waitForText("Ajouter une question");
    browser.assertAccessible();
    browser.type("textarea[id='question:prompt']", "Que faire d'un courriel <b>suspect</b> ?");
    browser.choose("question:competence", "Pix 4.1 Sécuriser l'environnement numérique");
    List<String> labels = List.of("Le signaler et le supprimer", "Cliquer pour voir");
    browser.all("input[id$=':label']").get(0).sendKeys(labels.get(0));
    browser.all("input[id$=':points_input']").get(0).sendKeys("3");
    browser.all("input[id$=':label']").get(1).sendKeys(labels.get(1));
    browser.all("input[id$=':points_input']").get(1).sendKeys("0");
    browser.click("button[id='question:saveQuestion']");
    browser.waitForText("Question enregistrée.");
    // The author's markup is shown as text, never interpreted.
    browser.waitForText("Que faire d'un courriel &lt;b&gt;suspect&lt;/b&gt; ?");
    assertTrue(browser.text().contains("Que faire d'un courriel <b>suspect</b> ?"));
    browser.click("button[id='questions:publish']");
    browser.click("button.ui-confirmdialog-yes");
    browser.waitForText("Test publié");
    browser.get("path/routing.xhtml");
    browser.waitForText("Durées prévues");
    browser.assertAccessible();
  }
}
