package fr.capacite.web.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A mediator makes a local variant of a labelled resource, gathers the original in a shared
 * collection and looks at its author's profile and the referential coverage; a curator then merges
 * the variant back as a duplicate and its address leads to the original.
 */
class LibraryCollaborationBrowserIT extends BrowserSupport {

  private static final String ORIGINAL =
      "Premiers pas avec un smartphone : appeler, envoyer un message, prendre une photo";
  private static final String ORIGINAL_SLUG =
      "premiers-pas-avec-un-smartphone-appeler-envoyer-un-message-prendre-une-photo";

  @Test
  void variantCollectionProfileCoverageAndMerge() {
    browser.loginInFrench("conseiller", DemoAccounts.PASSWORD);
    browser.get("library/resource.xhtml?r=" + ORIGINAL_SLUG);
    browser.waitForText("Vérifiée — à relire avant le");
    browser.click("button[id='actions:fork']");
    browser.wait(10).until(d -> d.getCurrentUrl().contains("-variante"));
    String url = browser.driver().getCurrentUrl();
    String variant = url.substring(url.indexOf("r=") + 2);
    browser.get("library/resource.xhtml?r=" + variant);
    browser.waitForText("Variante locale (depuis la révision 1) de :");
    assertTrue(browser.text().contains("Fanny Formatrice"), "the original's author stays credited");
    browser.assertAccessible();

    browser.type("input[id='invite:who']", "mediatrice");
    browser.click("button[id='invite:send']");
    browser.waitForText("Invitation envoyée.");

    browser.get("library/collections.xhtml");
    browser.assertAccessible();
    browser.type("input[id='create:name']", "Atelier du mardi");
    browser.click("div[id='create:share'] .ui-chkbox-box");
    browser.click("button[id='create:save']");
    browser.waitForText("Collection créée.");
    browser.get("library/resource.xhtml?r=" + ORIGINAL_SLUG);
    browser.choose("collect:collection", "Atelier du mardi");
    browser.click("button[id='collect:add']");
    browser.waitForText("Ressource ajoutée à la collection.");
    browser.get("library/collections.xhtml");
    browser.driver().findElement(By.linkText("Atelier du mardi")).click();
    browser.waitForText(ORIGINAL);
    browser.assertAccessible();
    browser.type("textarea[id='edit:description']", "Pour les seniors du mardi matin");
    browser.click("button[id='edit:save']");
    browser.waitForText("Collection enregistrée.");
    browser.waitForText("Pour les seniors du mardi matin");

    browser.get("library/resource.xhtml?r=" + ORIGINAL_SLUG);
    browser.driver().findElement(By.linkText("Fanny Formatrice")).click();
    browser.waitForText("Ressources écrites");
    browser.waitForText(ORIGINAL);
    browser.assertAccessible();

    browser.get("library/index.xhtml");
    browser.click("a[id$='coverage']");
    browser.waitForText("Couverture du référentiel");
    browser.waitForText("sans ressource labellisée");
    // It opens on the version in force (Médiateur numérique, 2025), not the replaced REMN.
    assertTrue(
        browser.find("[id$='version_label']").getText().equals("MN-2025"),
        browser.find("[id$='version_label']").getText());
    browser.assertAccessible();
    browser.logout();

    browser.loginInFrench("mediatrice", DemoAccounts.PASSWORD);
    browser.get("notifications.xhtml");
    browser.waitForText("vous invite à co-maintenir");
    browser.get("library/resource.xhtml?r=" + variant);
    browser.click("button[id='invitation:accept']");
    browser.waitForText("Vous co-maintenez désormais cette ressource.");
    browser.waitForText("Maya Médiatrice");
    browser.logout();

    browser.loginInFrench("curateur", DemoAccounts.PASSWORD);
    browser.get("library/resource.xhtml?r=" + variant);
    browser.type("input[id='merge:into']", ORIGINAL_SLUG);
    browser.click("button[id='merge:go']");
    browser.click("button[id='confirmYes']");
    browser.waitForText("Ressources fusionnées");
    browser.get("library/resource.xhtml?r=" + variant);
    browser.wait(10).until(d -> d.getCurrentUrl().endsWith("r=" + ORIGINAL_SLUG));
    browser.waitForText(ORIGINAL);
  }
}
