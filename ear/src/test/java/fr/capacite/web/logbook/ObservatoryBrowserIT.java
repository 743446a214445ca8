package fr.capacite.web.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
