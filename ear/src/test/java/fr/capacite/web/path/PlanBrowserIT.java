package fr.capacite.web.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The demo CnFS sees her plan towards the full title and its gap, turns to continuing education,
 * attends a module the trainer certifies and sees her progress move; she imports Pix results; her
 * organisation sees her plan, and not another organisation's learner.
 */
class PlanBrowserIT extends BrowserSupport {

  private static final String CYBER = "Module thématique — Cybersécurité au quotidien";

  @Test
  void aCnfsFollowsHerPlanAndCompletesAModule() throws Exception {
    browser.loginInFrench("conseiller", DemoAccounts.PASSWORD);
    browser.click("a[data-area='nav.path']");
    browser.click("a[id='plan']");
    browser.waitForText("Compléter le titre : CCP2 et CCP3");
    browser.waitForText("Ce qui manque (analyse d’écart)");
    browser.waitForText("Médiateur numérique — CCP2 et CCP3 — Les Ateliers du Numérique");
    browser.waitForText("CCP1 Médiateur numérique — session d'été");
    assertTrue(browser.text().contains("À suivre maintenant"));
    browser.assertAccessible();

    browser.choose(
        "choose:template", "Formation continue : 2 modules la première année, puis 1 par an");
    browser.click("button[id='choose:save']");
    browser.waitForText("Objectif enregistré");
    browser.waitForText("0 % de l’objectif atteint");
    browser.waitForText("Année 1 du plan : 0 module(s) thématique(s) suivi(s) sur 2 attendu(s).");

    browser.logout();

    browser.loginInFrench("formatrice", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.driver().findElement(By.linkText(CYBER)).click();
    browser.click("a[data-tab='sessions']");
    browser.wait(10).until(d -> d.findElements(By.cssSelector("a[id$=':attendance']")).size() > 1);
    browser.all("a[id$=':attendance']").get(1).click();
    browser.waitForText("Camille Conseillère numérique");
    // The trainer marks her present (the demo session is "today" when the demo was loaded, which
    // may be yesterday by now: signing is only possible on the day, certifying afterwards too).
    String status =
        browser
            .driver()
            .findElement(By.xpath("//tr[contains(., 'Camille Conseillère numérique')]//select"))
            .getAttribute("id");
    browser.choose(status.replaceAll("_input$", ""), "Présent·e");
    browser.click("button[id='sheet:certify']");
    browser.waitForText("Feuille certifiée et verrouillée.");
    browser.logout();

    browser.loginInFrench("conseiller", DemoAccounts.PASSWORD);
    browser.get("path/plan.xhtml");
    browser.waitForText("50 % de l’objectif atteint");
    // One progress figure and one bar; no second chart saying the same thing.
    assertTrue(browser.all("#objective canvas").isEmpty(), "no doughnut beside the bar");
    assertEquals(1, browser.all("#objective progress").size());
    assertFalse(browser.text().contains("Intitulé"), "no column without a title");
    browser.waitForText("Année 1 du plan : 1 module(s) thématique(s) suivi(s) sur 2 attendu(s).");
    assertTrue(browser.text().contains("Cybersécurité au quotidien"));

    Path csv = Files.createTempFile("pix", ".csv");
    Files.writeString(
        csv,
        "competence;niveau;date\n3.3;2;15/09/2026\n7.7;2;15/09/2026\n",
        StandardCharsets.UTF_8);
    browser.find("input[id='pixImport:file']").sendKeys(csv.toString());
    browser.click("button[id='pixImport:import']");
    browser.waitForText("1 résultat(s) Pix ajouté(s), 0 corrigé(s).");
    browser.waitForText("Compétence Pix inconnue (1.1 à 5.2).");
    browser.waitForText("3.3 Adapter les documents à leur finalité");
    browser.assertAccessible();

    // Her credentials: CCP1 from the summer jury, and the module she just completed.
    browser.get("path/credentials.xhtml");
    browser.waitForText("Module « Cybersécurité au quotidien » (7 h)");
    browser.waitForText("CCP1 du titre professionnel Médiateur numérique");
    browser.assertAccessible();
    String jsonUrl =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//tr[contains(., 'Cybersécurité au quotidien')]//a[contains(@id, ':json')]"))
            .getAttribute("href");
    String pdfUrl =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//tr[contains(., 'Cybersécurité au quotidien')]//a[contains(@id, ':pdf')]"))
            .getAttribute("href");
    String json = fetch(jsonUrl);
    assertTrue(json.contains("\"OpenBadgeCredential\""), json);
    assertTrue(fetch(pdfUrl).startsWith("%PDF"));
    String checkUrl =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//tr[contains(., 'Cybersécurité au quotidien')]//a[contains(@id, ':check')]"))
            .getAttribute("href");
    browser.logout();

    // Anyone checks it: by its address (the PDF's QR code), or by the file shown to them.
    browser.driver().get(checkUrl);
    browser.waitForText("Attestation authentique et valable");
    browser.waitForText("Camille Conseillère numérique");
    browser.assertAccessible();
    present(json);
    browser.waitForText("Attestation authentique et valable");
    present(json.replace("Cybersécurité au quotidien", "Titre professionnel complet"));
    browser.waitForText("Attestation falsifiée : son contenu a été modifié après la signature.");
    browser.waitForText("Éléments modifiés");
    present("n'importe quoi");
    browser.waitForText("Ce contenu n’est pas une attestation lisible");

    browser.loginInFrench("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("path/learners.xhtml");
    browser.driver().findElement(By.linkText("Camille Conseillère numérique")).click();
    browser.waitForText("Cybersécurité au quotidien");
    browser.assertAccessible();
    // Another organisation's learner does not exist for this manager.
    browser.get("path/learner.xhtml?u=stagiaire.tlo01");
    browser.waitForText("Page introuvable");
  }

  /** The body of a download, fetched with the browser's own session. */
  private String fetch(String url) {
    Object text =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b =>"
                    + " done(new TextDecoder('latin1').decode(b.slice(0, 4)) === '%PDF' ? '%PDF'"
                    + " : new TextDecoder('utf-8').decode(b)));",
                url);
    return String.valueOf(text);
  }

  /** Pastes a credential into the public check form and submits it. */
  private void present(String content) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('present:text').value = arguments[0];", content);
    browser.click("button[id='present:check']");
  }

  @Test
  void theCatalogueListsModulesAndPathsForEveryone() {
    browser.loginInFrench("jure", DemoAccounts.PASSWORD);
    browser.click("a[data-area='nav.catalogue']");
    browser.waitForText("Préparer le CCP2 du titre Médiateur numérique");
    browser.waitForText("Vers la responsabilité d'un lieu de médiation numérique");
    browser.assertAccessible();
    browser.choose("modules:kind", "Thématique");
    browser.waitForTextIn("[id='modules:table']", "Préparer le CCP2", false);
    browser.driver().findElement(By.linkText("Parentalité numérique")).click();
    browser.waitForText("Écrans, contrôle parental et dialogue en famille.");
    browser.waitForText("4.3");
    browser.assertAccessible();
    browser.logout();

    // Administrators keep the path templates.
    browser.loginInFrench("admin", DemoAccounts.PASSWORD);
    browser.get("path/catalogue.xhtml");
    browser.driver().findElement(By.linkText("Compléter le titre : CCP2 et CCP3")).click();
    browser.waitForText("Version du titre visée");
    browser.assertAccessible();
    browser.click("button[id='template:save']");
    browser.waitForText("Parcours type « Compléter le titre : CCP2 et CCP3 » enregistré.");
  }
}
