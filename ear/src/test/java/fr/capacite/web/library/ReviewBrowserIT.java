package fr.capacite.web.library;

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
}
