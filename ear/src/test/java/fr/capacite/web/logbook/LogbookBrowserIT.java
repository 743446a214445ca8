package fr.capacite.web.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.Browser;
import fr.capacite.testing.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * A mediator, on a phone-sized screen, logs an accompaniment and a workshop in a few taps, finds
 * the person's visits by their follow-up code, corrects one and deletes one; the page reads in
 * English too, with axe at each step and nothing wider than the screen.
 */
class LogbookBrowserIT extends BrowserSupport {

  private void tick(String name, String value) {
    String id =
        browser.find("input[name='" + name + "'][value='" + value + "']").getAttribute("id");
    browser.click("label[for='" + id + "']");
  }

  @Test
  void aMediatorLogsFindsCorrectsAndDeletesOnAPhone() throws Exception {
    String code = "MD-" + (System.nanoTime() % 10000);
    browser.loginInFrench("mediatrice", DemoAccounts.PASSWORD);
    browser.driver().manage().window().setSize(new Dimension(360, 800));
    browser.get("logbook/index.xhtml");
    browser.waitForText("Noter un accompagnement");
    browser.assertAccessible();
    browser.assertFitsTheWindow();

    // An individual accompaniment: today, 30 minutes and "done with" come preset.
    tick("log:themes", "EMAIL");
    browser.choose("log:before", "Avec guidage");
    browser.choose("log:after", "Autonome");
    browser.type("input[id='log:code']", code.toLowerCase());
    browser.click("button[id='log:save']");
    browser.waitForText("Accompagnement noté.");
    browser.waitForTextIn("[id='entries:table']", code, true);
    assertTrue(
        browser.find("[id='entries:table']").getText().contains("Médiathèque Louise-Michel"),
        "at the mediator's place of activity, preset");
    assertTrue(
        browser.find("[id='entries:table']").getText().contains("CCP1.1, CCP1.2, CCP1.4"),
        "the title's competences suggested for one person welcomed, heard and accompanied");

    // A workshop: its participants, no personal facts.
    tick("log:kind", "COLLECTIVE");
    tick("log:themes", "SECURITY");
    browser.find("input[id='log:participants_input']").clear();
    browser.type("input[id='log:participants_input']", "8");
    browser.click("button[id='log:save']");
    browser.waitForText("Accompagnement noté.");
    browser.waitForTextIn("[id='entries:table']", "Atelier collectif (8)", true);
    browser.waitForTextIn("[id='entries:table']", "CCP1.3, CCP1.4", true);
    browser.assertAccessible();
    browser.assertFitsTheWindow();

    // A new place of activity, from its postal code; then closed, it is no longer offered.
    browser.type("input[id='sites:siteName']", "Permanence du quartier");
    browser.type("input[id='sites:postalCode']", "69008");
    browser.click("button[id='sites:addSite']");
    browser.waitForText("Lieu ajouté.");
    browser.waitForTextIn("#siteList", "Permanence du quartier — 69008 (Rhône)", true);
    browser.assertAccessible();
    browser.assertFitsTheWindow();
    browser.click("button[title='Fermer Permanence du quartier']");
    browser.waitForText("Lieu fermé");
    browser.waitForTextIn("#siteList", "Permanence du quartier — 69008 (Rhône) · fermé", true);
    browser.type("input[id='sites:siteName']", "Nulle part");
    browser.type("input[id='sites:postalCode']", "123");
    browser.click("button[id='sites:addSite']");
    browser.waitForText("Donnez un code postal français de cinq chiffres.");

    // A refusal says why: a procedure's domain without the procedure.
    tick("log:domains", "HOUSING");
    browser.click("button[id='log:save']");
    browser.waitForText("Une démarche administrative se note avec la thématique");

    // The person's visits, by their code; one corrected, then deleted.
    browser.type("input[id='entries:filterCode']", code);
    browser.click("button[id='entries:filter']");
    browser.waitForTextIn("[id='entries:table']", "Atelier collectif", false);
    browser.click("button[id$=':edit']");
    browser.waitForText("Vous corrigez l’accompagnement du");
    browser.choose("log:outcome", "Orientée vers une autre structure");
    browser.click("button[id='log:save']");
    browser.waitForText("Accompagnement corrigé.");
    browser.waitForTextIn("[id='entries:table']", "Orientée vers une autre structure", true);
    assertTrue(
        !Browser.isoLike(browser.find("[id='entries:table']").getText()),
        "dates as people write them");
    browser.click("button[id$=':delete']");
    browser.click("button.ui-confirmdialog-yes");
    browser.waitForText("Accompagnement supprimé.");
    browser.waitForTextIn("[id='entries:table']", "Aucun accompagnement noté.", true);
    browser.assertAccessible();

    // The logbook as a file, in La Coop's columns: the workshop left.
    var http = loggedIn("mediatrice", DemoAccounts.PASSWORD);
    var csv =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(root() + "api/logbook/entries.csv"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().contains("Date;Type;Nombre de participants;Bénéficiaire"), csv.body());
    assertTrue(csv.body().contains("Atelier collectif;8;"), csv.body());
    assertTrue(csv.body().contains("Prévention en sécurité numérique"), csv.body());

    // The same logbook for a phone or an integration: JSON.
    String today = java.time.LocalDate.now(fr.capacite.domain.shared.FrenchTime.ZONE).toString();
    var logged =
        send(
            http,
            "POST",
            "api/logbook/entries",
            "{\"day\":\""
                + today
                + "\",\"kind\":\"INDIVIDUAL\",\"themes\":[\"HEALTH\"],\"minutes\":20,"
                + "\"place\":\"REMOTE\",\"approach\":\"WITH\",\"autonomyBefore\":\"GUIDED\","
                + "\"autonomyAfter\":\"PARTLY\",\"outcome\":\"SOLVED\"}");
    assertEquals(201, logged.statusCode(), logged.body());
    assertTrue(logged.headers().firstValue("Location").orElse("").contains("api/logbook/entries/"));
    assertTrue(logged.body().contains("\"HEALTH\""), logged.body());
    assertTrue(
        logged.body().contains("\"block\":\"CCP1\""), "competences suggested: " + logged.body());
    String location = logged.headers().firstValue("Location").orElseThrow();
    var read = send(http, "GET", location.substring(location.indexOf("api/")), null);
    assertEquals(200, read.statusCode());
    var refused =
        send(
            http,
            "POST",
            "api/logbook/entries",
            "{\"day\":\""
                + today
                + "\",\"kind\":\"INDIVIDUAL\",\"themes\":[],\"minutes\":20,"
                + "\"place\":\"REMOTE\",\"outcome\":\"SOLVED\"}");
    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().contains("thématique"), refused.body());
    assertEquals(400, send(http, "POST", "api/logbook/entries", "{not json").statusCode());
    assertEquals(404, send(http, "GET", "api/logbook/entries/999999999", null).statusCode());

    // La Coop's export imported: a line at her place, one at a place she has not declared.
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("coop");
    java.nio.file.Path export = dir.resolve("export-coop.csv");
    String yesterday =
        java.time.LocalDate.now(fr.capacite.domain.shared.FrenchTime.ZONE)
            .minusDays(1)
            .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    java.nio.file.Files.writeString(
        export,
        "Date;Type;Nombre de participants;Canaux d’accompagnement;Lieu;Durée (min);"
            + "Thématique(s) d’accompagnement;Niveau d’autonomie (ou de l’atelier);"
            + "Bénéficiaire réorienté;Notes supplémentaires\n"
            + yesterday
            + ";Accompagnement individuel;1;Lieu d’activité;Médiathèque Louise-Michel;45;"
            + "Banque et achats en ligne;2/3;Non;Virement importé de La Coop\n"
            + yesterday
            + ";Accompagnement individuel;1;Lieu d’activité;Maison France Services;30;E-mail;1/3;"
            + "Non;\n",
        java.nio.charset.StandardCharsets.UTF_8);
    browser.find("input[id='import:file']").sendKeys(export.toAbsolutePath().toString());
    browser.click("button[id='import:send']");
    browser.waitForText(
        "1 accompagnement(s) importé(s), 0 déjà dans votre journal, 1 ligne(s) refusée(s).");
    assertTrue(
        browser.find("#importProblems").getText().contains("Lieu d’activité inconnu"),
        browser.find("#importProblems").getText());
    browser.type("input[id='entries:filterCode']", "");
    browser.click("button[id='entries:filter']");
    browser.waitForTextIn("[id='entries:table']", "Non renseigné (importé)", true);
    browser.assertAccessible();
    browser.assertFitsTheWindow();

    browser.click("#toEn");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    assertEquals("Practice logbook", browser.find("h1").getText());
    browser.driver().findElement(By.xpath("//label[normalize-space(.)='Group workshop']"));
    browser.assertAccessible();
    browser.assertFitsTheWindow();
    browser.click("#toFr");
    browser.wait(10).until(d -> "fr".equals(browser.lang()));
    browser.logout();
  }
}
