package fr.capacite.web.jury;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import org.junit.jupiter.api.Test;

/**
 * An administrator enters a result obtained before Capacité from its paper PV; the person sees it
 * in their history, marked as historical with its source; the audit log keeps the entry.
 */
class HistoricalResultsBrowserIT extends BrowserSupport {

  @Test
  void anAdministratorEntersAHistoricalResultThePersonSeesItMarked() {
    browser.loginInFrench("admin", DemoAccounts.PASSWORD);
    browser.get("admin/users.xhtml");
    browser.click("a[id$='tabHistorical']");
    browser.waitForText("Un résultat obtenu avant Capacité");
    browser.assertAccessible();
    // Saving with nothing filled names every missing field.
    browser.click("button[id='historical:save']");
    browser.waitForText("Document source");
    browser.type("input[id='historical:learner_input']", "apprenant");
    browser.choose("historical:version", "REMN-2019 — Responsable d'Espace de Médiation Numérique");
    browser.choose(
        "historical:block",
        "CCP2 — Contribuer au développement d'un espace de médiation numérique et de ses projets");
    String acquired =
        browser
            .find("div[id='historical:acquired'] input[type='radio'][value='true']")
            .getAttribute("id");
    browser.click("label[for='" + acquired + "']");
    browser.type("input[id='historical:decidedOn_input']", "14/03/2024");
    browser.type(
        "textarea[id='historical:source']", "PV papier de la session du 14/03/2024, Toulouse");
    browser.click("button[id='historical:save']");
    browser.waitForText("Résultat historique enregistré et consigné au journal d’audit.");
    browser.waitForText("PV papier de la session du 14/03/2024, Toulouse");
    browser.assertAccessible();
    browser.get("admin/audit.xhtml");
    browser.waitForText("Résultat historique saisi");
    browser.logout();

    browser.loginInFrench("apprenant", DemoAccounts.PASSWORD);
    browser.get("path/results.xhtml");
    browser.waitForText(
        "Résultat historique, saisi d’après : PV papier de la session du 14/03/2024, Toulouse");
    assertTrue(browser.text().contains("14 mars 2024"), "the day, as French readers write it");
    browser.assertAccessible();
  }
}
