package fr.capacite.web.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.Browser;
import fr.capacite.testing.BrowserSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * A visitor without an account, on a phone-sized screen, reads the observatory (what people ask
 * for, what accompaniment changes, from the demo mediators' logbooks), narrows it to a department
 * and a period, downloads the open-data file of that question, and reads it in English; with axe,
 * nothing wider than the screen.
 */
class ObservatoryBrowserIT extends BrowserSupport {

  @Test
  void aVisitorReadsWhatPeopleAskForAndTheImpactByTerritory() throws Exception {
    browser.driver().manage().window().setSize(new Dimension(360, 800));
    browser.get("index.xhtml");
    browser.click("button.menu-toggle, #menuToggle");
    browser.click("a[data-area='nav.observatory']");
    browser.waitForText("Ce que les gens demandent");
    assertEquals("Observatoire de la médiation numérique", browser.find("h1").getText());
    assertTrue(browser.find("#scopeTitle").getText().startsWith("France entière · "));
    // The demo mediators note administrative procedures most: the first line of the table.
    String first = browser.find("#demand tbody tr").getText();
    assertTrue(first.startsWith("1. Aide aux démarches administratives"), first);
    assertTrue(browser.find("#totals").getText().contains("moins de 5"), "two mediators: withheld");
    assertTrue(browser.find("#impact").getText().contains("%"), browser.find("#impact").getText());
    browser.assertAccessible();
    browser.assertFitsTheWindow();

    new Select(browser.find("#department")).selectByVisibleText("Gironde (33)");
    new Select(browser.find("#months")).selectByVisibleText("6 derniers mois");
    browser.click("#show");
    browser.wait(10).until(d -> d.getCurrentUrl().contains("department=33"));
    browser.waitForTextIn("#scopeTitle", "Gironde (33)", true);
    assertEquals(
        6,
        browser
            .driver()
            .findElements(org.openqa.selenium.By.cssSelector("#byMonth tbody tr"))
            .size(),
        "one line a month");
    assertEquals(
        "Nouvelle-Aquitaine",
        new Select(browser.find("#region")).getFirstSelectedOption().getText(),
        "the department's region is shown");
    String csvHref = browser.find("#csv").getAttribute("href");
    assertTrue(csvHref.contains("department=33") && csvHref.contains("months=6"), csvHref);
    browser.assertAccessible();
    browser.assertFitsTheWindow();

    HttpResponse<String> csv =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(csvHref)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(
        csv.body()
            .startsWith(
                "territoire,code_insee,niveau,debut,fin,indicateur,modalite,valeur,note\n"
                    + "Gironde,33,departement,"),
        csv.body());
    assertTrue(csv.body().contains(",demande_par_thematique,aide_aux_demarches_administratives,"));

    browser.click("#toEn");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    assertEquals("Digital mediation observatory", browser.find("h1").getText());
    browser.waitForTextIn("#scopeTitle", "Gironde (33)", true);
    assertTrue(browser.text().contains("What people ask for"));
    assertTrue(browser.text().contains("Help with administrative procedures"), browser.text());
    assertTrue(
        browser.find("#kinds").getText().contains("Individual accompaniment: "),
        browser.find("#kinds").getText());
    browser.assertAccessible();
    browser.assertFitsTheWindow();
    browser.click("#toFr");
    browser.wait(10).until(d -> "fr".equals(browser.lang()));

    // Another region chosen while Gironde is still shown: the region is what is asked.
    new Select(browser.find("#region")).selectByVisibleText("Auvergne-Rhône-Alpes");
    browser.click("#show");
    browser.waitForTextIn("#scopeTitle", "Auvergne-Rhône-Alpes · ", true);
    assertEquals(
        "", new Select(browser.find("#department")).getFirstSelectedOption().getAttribute("value"));
  }

  /**
   * A structure follows its team with their consent: the demo adviser finds the invitation of Les
   * Ateliers du Numérique on her logbook, reads what the structure will see and accepts; the
   * structure's manager reads the figures of those who share (the demo mediator for eight months),
   * downloads them, invites by address (an unknown one is refused) and ends a sharing; in English
   * too, at 360 px, with axe.
   */
  @Test
  void aStructureFollowsItsTeamWithTheirConsent() throws Exception {
    browser.driver().manage().window().setSize(new Dimension(360, 800));
    browser.loginInFrench("conseiller", DemoAccounts.PASSWORD);
    browser.get("logbook/index.xhtml");
    assertTrue(
        browser.find("#toSharing").getText().contains("1 invitation(s) en attente"),
        browser.find("#toSharing").getText());
    browser.click("#toSharing");
    browser.waitForText("Ce que la structure voit");
    assertTrue(browser.find("#what").getText().contains("Jamais une entrée"));
    assertTrue(
        browser.find("#invitations").getText().contains("Les Ateliers du Numérique"),
        browser.find("#invitations").getText());
    browser.assertAccessible();
    browser.assertFitsTheWindow();
    browser.click("button[id$=':accept']");
    browser.waitForText("Vous partagez désormais vos chiffres avec Les Ateliers du Numérique.");
    browser.waitForTextIn(
        "#sharings", "Partage depuis le " + Browser.day(FrenchTime.today()), true);
    assertTrue(browser.text().contains("Aucune invitation en attente."));
    browser.assertAccessible();

    browser.logout();
    browser.loginInFrench("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("organisation/edit.xhtml?id=1");
    browser.click("#practice");
    browser.waitForText("Médiateurs qui partagent");
    assertTrue(browser.find("h1").getText().startsWith("Activité de nos médiateurs"));
    // The demo mediator has shared for eight months: her figures, without one entry.
    assertTrue(browser.find("#demand tbody tr").getText().startsWith("1. "));
    assertTrue(browser.find("#impact").getText().contains("%"), browser.find("#impact").getText());
    String members = browser.find("[id='members:table']").getText();
    assertTrue(members.contains("Maya Médiatrice"), members);
    assertTrue(members.contains("Camille Conseillère numérique"), members);
    browser.assertAccessible();
    browser.assertFitsTheWindow();

    String csvHref = browser.find("#csv").getAttribute("href");
    HttpResponse<String> csv =
        loggedIn("gestionnaire", DemoAccounts.PASSWORD)
            .send(
                HttpRequest.newBuilder(URI.create(csvHref)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().contains("Les Ateliers du Numérique,,structure,"), csv.body());
    HttpResponse<String> forbidden =
        loggedIn("formatrice", DemoAccounts.PASSWORD)
            .send(
                HttpRequest.newBuilder(URI.create(csvHref)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(403, forbidden.statusCode(), "a trainer of the structure reads no figures");

    browser.type("input[id='invite:who']", "personne@example.org");
    browser.click("button[id='invite:send']");
    browser.waitForText("Aucun compte de médiateur actif ne porte ce nom d’utilisateur");
    browser.find("input[id='invite:who']").clear();
    browser.type("input[id='invite:who']", "apprenant@demo.capacite.fr");
    browser.click("button[id='invite:send']");
    browser.waitForText("Invitation envoyée à apprenant@demo.capacite.fr");
    browser.waitForTextIn("[id='members:table']", "Yanis Apprenant", true);

    // The adviser's sharing ends: her line leaves the table.
    for (var row : browser.all("[id='members:table'] tbody tr")) {
      if (row.getText().contains("Camille Conseillère numérique")) {
        row.findElement(org.openqa.selenium.By.cssSelector("button")).click();
        break;
      }
    }
    browser.waitForText("Le partage avec Camille Conseillère numérique a pris fin.");
    browser.waitForTextIn("[id='members:table']", "Camille Conseillère numérique", false);
    browser.assertAccessible();

    browser.click("#toEn");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    assertTrue(browser.find("h1").getText().startsWith("Our mediators’ activity"));
    assertTrue(browser.text().contains("Mediators who share"));
    assertTrue(browser.text().contains("What people ask for"));
    browser.assertAccessible();
    browser.assertFitsTheWindow();
  }
}
