package fr.capacite.web.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A mediator, on a phone-sized screen, assembles her draft dossier professionnel from her logbook
 * (a competence written with two of her accompaniments and her analysis), downloads it as a PDF and
 * hands it in to the exam session where she is a candidate; the centre's manager finds it as her
 * DP. In English too, with axe at each step and nothing wider than the screen.
 */
class DossierBrowserIT extends BrowserSupport {

  @Test
  void aMediatorWritesHerDossierFromHerLogbookAndHandsItIn() throws Exception {
    browser.loginInFrench("mediatrice", DemoAccounts.PASSWORD);
    browser.driver().manage().window().setSize(new Dimension(360, 800));
    browser.get("logbook/index.xhtml");
    browser.click("a[id='toDossier']");
    browser.waitForText("Mon dossier professionnel");
    browser.waitForTextIn("[id='progress']", "Compétences rédigées : 0 sur", true);
    browser.assertAccessible();
    browser.assertFitsTheWindow();

    // CCP1.1, from two accompaniments of her logbook that illustrate it.
    browser.click("button[id$=':0:write']");
    browser.wait(10).until(d -> browser.all("textarea[id$=':reflection']").size() == 1);
    assertTrue(
        browser.driver().switchTo().activeElement().getAttribute("id").endsWith(":reflection"),
        "the focus goes to the analysis");
    var boxes = browser.all("[id$=':examples'] .ui-chkbox-box");
    assertTrue(boxes.size() >= 2, "her entries that illustrate it are offered: " + boxes.size());
    boxes.get(0).click();
    boxes.get(1).click();
    browser.type(
        "textarea[id$=':reflection']",
        "J’ai accueilli Mme R. venue pour ses courriels.\n\nJe l’ai laissée faire, <b>seule</b>.");
    browser.assertAccessible();
    browser.click("button[id$=':save']");
    browser.waitForText("Compétence CCP1.1 enregistrée.");
    browser.waitForTextIn("[id='progress']", "Compétences rédigées : 1 sur", true);
    WebElement written = browser.find("section.dossier-section");
    assertTrue(written.getText().contains("Rédigée"), written.getText());
    assertTrue(
        written.getText().contains("Je l’ai laissée faire, <b>seule</b>."),
        "her words as she wrote them, escaped: " + written.getText());
    assertEquals(2, written.findElements(org.openqa.selenium.By.cssSelector("li")).size());
    browser.assertAccessible();
    browser.assertFitsTheWindow();

    // The draft as a PDF, in the page's language.
    String href = browser.find("a[id='downloadPdf']").getAttribute("href");
    Object got =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                    + " + r.headers.get('Content-Type') + ' '"
                    + " + new TextDecoder('latin1').decode(b.slice(0, 5)))))"
                    + ".catch(e => done('error ' + e));",
                href);
    assertEquals("200 application/pdf %PDF-", got);

    // Handed in to the session where she is a candidate.
    String candidate = browser.find("[id='handIn:candidacy_input'] option").getAttribute("value");
    browser.click("button[id='handIn:handInButton']");
    browser.waitForText("Votre dossier professionnel a été remis pour « ");
    browser.waitForTextIn("[id='handIn']", "(dossier déjà remis)", true);
    browser.assertAccessible();

    browser.click("#toEn");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    assertEquals("My professional dossier", browser.find("h1").getText());
    browser.waitForTextIn("[id='progress']", "Competences written: 1 of", true);
    assertTrue(browser.text().contains("Written"), browser.text());
    browser.assertAccessible();
    browser.assertFitsTheWindow();
    browser.click("#toFr");
    browser.wait(10).until(d -> "fr".equals(browser.lang()));
    browser.logout();

    // The centre finds it as her DP.
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("jury/candidate.xhtml?id=" + candidate);
    browser.waitForText("Dossier du candidat — Maya Médiatrice");
    browser.waitForTextIn("#evidence", "dossier-professionnel-", true);
    browser.logout();
  }
}
