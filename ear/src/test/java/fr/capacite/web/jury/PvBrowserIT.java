package fr.capacite.web.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The whole chain for one candidate: scored by two jurors, deliberated, the PV signed by both with
 * their passwords and downloaded, results published, seen by the candidate and checked by anyone.
 */
class PvBrowserIT extends BrowserSupport {

  // A candidate of her own: the session is today, so what she acquires counts from today on.
  private static final String USER = "apprenant";
  private static final String NAME = "Yanis Apprenant";

  private final String title = "Session PV " + UUID.randomUUID().toString().substring(0, 6);

  private void openSession() {
    browser.click("a[data-area='nav.jury']");
    browser.driver().findElement(By.linkText(title)).click();
    browser.waitForText("Candidats");
  }

  private void score(String value) {
    openSession();
    browser
        .driver()
        .findElement(By.xpath("//tr[contains(., '" + NAME + "')]//a[contains(@id, ':score')]"))
        .click();
    browser.waitForText("Fiche de notation — " + NAME);
    for (String v : new String[] {value, "true"}) {
      for (WebElement radio :
          browser.all("form[id='sheet'] input[type='radio'][value='" + v + "']")) {
        browser.click("label[for='" + radio.getAttribute("id") + "']");
      }
    }
    browser.click("button[id='sheet:submit']");
    browser.waitForText("Fiche soumise : vous voyez désormais celles des autres juré·es.");
  }

  private void sign() {
    openSession();
    browser.click("a[id='pv']");
    browser.waitForText("Procès-verbal — " + title);
    browser.type("input[id='sign:password']", DemoAccounts.PASSWORD);
    browser.click("button[id='sign:signPv']");
    browser.waitForText("PV signé.");
    // The confirmation takes the focus: a screen reader reads it at once.
    browser
        .wait(5)
        .until(
            d ->
                "messages"
                    .equals(
                        ((JavascriptExecutor) d)
                            .executeScript(
                                "return document.activeElement && document.activeElement.id;")));
  }

  @Test
  void aCandidateIsScoredDeliberatedSignedPublishedSeenAndVerified() {
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.click("a[data-area='nav.jury']");
    browser.choose(
        "plan:approval",
        "Les Ateliers du Numérique — MN-2025 — Atelier République (01/09/2025 → 31/08/2028)");
    browser.waitForText("name=\"plan:blocks\"");
    browser.type("input[id='plan:title']", title);
    browser.choose("plan:kind", "CCP");
    String ccp1 = browser.find("input[name='plan:blocks']").getAttribute("id");
    browser.click("label[for='" + ccp1 + "']");
    browser.type(
        "input[id='plan:day_input']",
        fr.capacite.testing.Browser.day(LocalDate.now(ZoneId.of("Europe/Paris"))));
    browser.click("button[id='plan:create']");
    browser.waitForText("Session « " + title + " » planifiée.");
    browser.type("input[id='direct:username']", USER);
    browser.click("button[id='direct:add']");
    browser.waitForText("« " + USER + " » est inscrit·e.");
    for (String juror : new String[] {"Jules Juré (jure)", "Nadia Jurée (jure2)"}) {
      browser.choose("jury:juror", juror);
      browser.click("button[id='jury:assign']");
      browser.waitForText("Juré·e ajouté·e.");
    }
    browser.wait(15).until(d -> d.findElements(By.cssSelector("[id='opening']")).isEmpty());
    browser.click("button[id='lifecycle:open']");
    browser.waitForText("La notation est ouverte.");
    browser.logout();

    browser.login("jure", DemoAccounts.PASSWORD);
    score("3");
    browser.logout();

    browser.login("jure2", DemoAccounts.PASSWORD);
    score("4");
    browser.click("a[id='back']");
    browser.click("a[id='deliberation']");
    browser.waitForText("2 / 2");
    browser.click("button[id$=':decide']");
    browser.waitForText(NAME + " — CCP1");
    String acquired =
        browser
            .find("form[id='decisionDlgForm'] input[type='radio'][value='true']")
            .getAttribute("id");
    browser.click("label[for='" + acquired + "']");
    browser.click("button[id='decisionDlgForm:record']");
    browser.waitForText("Décision enregistrée.");
    browser.click("button[id='deliberation:close']");
    browser.waitForText("Délibération close.");
    sign();
    browser.assertAccessible();
    browser.logout();

    browser.login("jure", DemoAccounts.PASSWORD);
    sign();
    browser.waitForText("PV signé");
    browser.logout();

    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    openSession();
    browser.click("a[id='pv']");
    browser.click("button[id='publish:publishResults']");
    browser.waitForText("Résultats publiés : les candidat·es sont prévenu·es.");
    String pdf = browser.find("a[id='pdf']").getAttribute("href");
    Object type =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                    + " + r.headers.get('Content-Type') + ' '"
                    + " + (new TextDecoder('latin1').decode(b).includes('/ETSI.CAdES.detached')"
                    + " ? 'signed' : 'unsigned'))))"
                    + ".catch(e => done('error ' + e));",
                pdf);
    assertEquals("200 application/pdf signed", type, "the PV is sealed by the platform (PAdES)");
    // The PV as recorded at signature: its revision, its SHA-256 and its own verification code.
    browser.waitForText("Contenu enregistré à la signature du jury, révision 1");
    String hash = browser.find("code[id$='recordHash']").getText();
    assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    java.util.regex.Matcher pvCode =
        java.util.regex.Pattern.compile("procès-verbal : ([A-HJ-NP-Z2-9]{10})")
            .matcher(browser.find("[id$='pvCode']").getText());
    assertTrue(pvCode.find(), browser.find("[id$='pvCode']").getText());
    browser.assertAccessible();
    browser.logout();

    // Anyone checks the PV itself by its code: the recorded content and the same hash.
    browser.get("verify.xhtml?code=" + pvCode.group(1));
    browser.waitForText("Ce procès-verbal correspond à un procès-verbal signé et publié");
    browser.waitForText(NAME);
    assertEquals(hash, browser.find("code[id$='recordHash']").getText());
    browser.assertAccessible();

    browser.login(USER, DemoAccounts.PASSWORD);
    browser.click("a[data-area='nav.path']");
    browser.click("a[id='results']");
    browser.waitForText(title);
    browser.assertAccessible();
    WebElement row = browser.driver().findElement(By.xpath("//tr[contains(., '" + title + "')]"));
    String text = row.getText();
    // The learner may read the page in either language: the code is the 10-character token.
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\b[A-HJ-NP-Z2-9]{10}\\b").matcher(text);
    assertTrue(m.find(), text);
    String code = m.group();
    browser.logout();

    // Anyone, without logging in, checks the document's code.
    browser.get("verify.xhtml?code=" + code);
    browser.waitForText("Ce document correspond à un résultat publié.");
    assertTrue(browser.text().contains("Acquis"));
    assertTrue(!browser.text().contains("Yanis"), "no other personal data");
    browser.assertAccessible();
    browser.type("input[id='verify:code']", "ZZZZZZZZZZ");
    browser.click("button[id='verify:check']");
    browser.waitForText("Aucun résultat ne correspond à ce code.");
  }
}
