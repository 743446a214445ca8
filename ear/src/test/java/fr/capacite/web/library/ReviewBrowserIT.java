package fr.capacite.web.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A curator takes a submitted resource from the queue, scores it on the rubric, is refused the
 * label while a criterion is at 0, then labels it; readers see "Vérifiée" and the review.
 */
class ReviewBrowserIT extends BrowserSupport {

  private static final String RESOURCE = "Des mots de passe solides et faciles à retenir";

  private void score(int criterion, int value) {
    browser.click("label[for='rubric:c:" + criterion + ":score:" + value + "']");
  }

  @Test
  void aCuratorReviewsAndLabels() {
    browser.loginInFrench("curateur", DemoAccounts.PASSWORD);
    browser.get("library/index.xhtml");
    browser.click("a[id$='reviews']");
    browser.waitForText("À relire de nouveau");
    browser.assertAccessible();
    String row = "//tr[contains(., \"" + RESOURCE + "\")]";
    browser.driver().findElement(By.xpath(row + "//button[contains(@id, ':start')]")).click();
    browser.waitForText("Relecture de « " + RESOURCE + " »");
    browser.waitForText("Contenu de la révision relue");
    browser.waitForText("<em>cerise-tracteur-nuage-violon</em>");
    browser.assertAccessible();

    score(0, 0);
    for (int c = 1; c < 6; c++) {
      score(c, 3);
    }
    browser.type(
        "textarea[id='rubric:c:2:comment']", "Prévoir une version imprimable en gros caractères.");
    browser.click("button[id='rubric:label']");
    browser.waitForText("le label ne peut pas être attribué");

    score(0, 3);
    browser.click("button[id='rubric:save']");
    browser.waitForText("La grille est satisfaite");
    browser.type("textarea[id='rubric:overall']", "Fiche exacte et directement utilisable.");
    browser.click("button[id='rubric:label']");
    browser.waitForText("Label « Vérifiée » attribué");
    browser.assertAccessible();

    browser.get("library/resource.xhtml?r=des-mots-de-passe-solides-et-faciles-a-retenir");
    browser.waitForText("Vérifiée — à relire avant le");
    browser.waitForText("Fiche exacte et directement utilisable.");
    browser.assertAccessible();
  }

  /**
   * A co-maintainer wrote a revision, so the label waits for her consent; she does not answer. An
   * administrator opens the review from the resource page and gives the label with a reason, which
   * the audit log keeps.
   */
  @Test
  void aLabelWaitingForAConsentIsReleasedWithAReason() {
    String slug = "annuaire-des-aides-au-materiel-informatique";
    browser.loginInFrench("conseiller", DemoAccounts.PASSWORD);
    browser.get("library/resource.xhtml?r=" + slug);
    browser.type("input[id='invite:who']", "mediatrice");
    browser.click("button[id='invite:send']");
    browser.waitForText("Invitation envoyée.");
    browser.logout();

    browser.loginInFrench("mediatrice", DemoAccounts.PASSWORD);
    browser.get("library/resource.xhtml?r=" + slug);
    browser.click("button[id='invitation:accept']");
    browser.waitForText("Vous co-maintenez désormais cette ressource.");
    browser.click("a[id$='edit']");
    browser.all("textarea[id$=':body']").get(0).sendKeys(" Mise à jour des adresses.");
    browser.type("input[id='edit:changeSummary']", "Adresses à jour");
    browser.click("button[id='edit:save']");
    browser.waitForText("Révision 2 enregistrée.");
    assertTrue(
        browser.all("form[id='consent']").isEmpty(), "no consent asked before a favourable review");
    browser.logout();

    browser.loginInFrench("conseiller", DemoAccounts.PASSWORD);
    browser.get("library/resource.xhtml?r=" + slug);
    browser.click("button[id$='submit']");
    browser.waitForText("Soumise");
    browser.logout();

    browser.loginInFrench("curateur", DemoAccounts.PASSWORD);
    browser.get("library/resource.xhtml?r=" + slug);
    browser.click("button[id$='review']");
    browser.waitForText("Contenu de la révision relue");
    for (int c = 0; c < 6; c++) {
      score(c, 3);
    }
    browser.type("textarea[id='rubric:overall']", "Annuaire utile et sourcé.");
    browser.click("button[id='rubric:label']");
    browser.waitForText("Maya Médiatrice");
    browser.waitForText("En attente d");
    // The reviewer does not waive the consent herself: the form is not offered to her.
    assertTrue(browser.all("form[id='release']").isEmpty(), "four eyes");
    browser.logout();

    browser.loginInFrench("admin", DemoAccounts.PASSWORD);
    browser.get("library/resource.xhtml?r=" + slug);
    browser.click("a[id$='openReview']");
    browser.waitForText("Donner le label sans attendre : pourquoi ?");
    browser.assertAccessible();
    browser.click("button[id='release:go']");
    browser.waitForText("Dites pourquoi le label est donné sans l’accord attendu.");
    browser.type("textarea[id='release:reason']", "Co-autrice injoignable depuis trois mois.");
    browser.click("button[id='release:go']");
    browser.waitForText("Label donné ; la raison est consignée au journal d’audit.");
    browser.get("library/resource.xhtml?r=" + slug);
    browser.waitForText("Vérifiée — à relire avant le");
    browser.get("admin/audit.xhtml");
    browser.waitForText("Co-autrice injoignable depuis trois mois.");
  }
}
