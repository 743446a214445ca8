package fr.capacite.web.jury;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * A training organisation's manager reads, on her quality page, what the jury saw of her candidates
 * at the published summer session (per competence, beside the national share) and the jurors'
 * remark on her training, without their names; on a phone, in French and English, with axe.
 */
class JuryFeedbackBrowserIT extends BrowserSupport {

  @Test
  void aManagerReadsWhatTheJurySawOfHerCandidates() {
    browser.loginInFrench("gestionnaire", DemoAccounts.PASSWORD);
    browser.driver().manage().window().setSize(new Dimension(360, 800));
    browser.get("organisation/index.xhtml");
    browser.click("a[href*='organisation/edit.xhtml']");
    browser.click("a[id='quality']");
    browser.waitForText("Ce que voit le jury");
    String table = browser.find("[id='juryTable']").getText();
    assertTrue(table.contains("CCP1.2"), table);
    assertTrue(table.matches("(?s).*\\d+ % des critères atteints \\(\\d+ candidat·es\\).*"), table);
    String remarks = browser.find("#juryRemarks").getText();
    assertTrue(remarks.contains("le diagnostic partagé des besoins reste trop rapide"), remarks);
    assertTrue(remarks.contains("session d'été"), remarks);
    assertTrue(!remarks.contains("Jules") && !remarks.contains("Nadia"), "no juror named");
    browser.assertAccessible();
    browser.assertFitsTheWindow();

    browser.click("#toEn");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    browser.waitForText("What the jury sees");
    assertTrue(
        browser.find("[id='juryTable']").getText().contains("of criteria met"),
        browser.find("[id='juryTable']").getText());
    browser
        .driver()
        .findElement(By.xpath("//h3[normalize-space(.)='Jurors’ remarks on the training']"));
    browser.assertAccessible();
    browser.assertFitsTheWindow();
    browser.click("#toFr");
    browser.wait(10).until(d -> "fr".equals(browser.lang()));
    browser.logout();
  }
}
