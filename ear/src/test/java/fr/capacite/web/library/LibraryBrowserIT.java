package fr.capacite.web.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * A mediator opens a verified resource, compares its revisions, writes a new one (its markup is
 * shown, never run), edits it again, and two edits at the same time end on the conflict screen.
 */
class LibraryBrowserIT extends BrowserSupport {

  private static final String PHISHING = "Atelier : repérer un SMS ou un courriel frauduleux";

  private void tick(String group, String label) {
    String xpath = "//*[@id='edit:" + group + "']//label[normalize-space(.)=\"" + label + "\"]";
    browser.driver().findElement(By.xpath(xpath)).click();
  }

  @Test
  void aVerifiedResourceItsHistoryAndItsDiff() {
    browser.loginInFrench("mediatrice", DemoAccounts.PASSWORD);
    browser.click("a[data-area='nav.library']");
    browser.waitForText(PHISHING);
    browser.assertAccessible();
    browser.driver().findElement(By.linkText(PHISHING)).click();
    browser.waitForText("Vérifiée — à relire avant le");
    browser.waitForText("<strong>trois signes</strong>");
    browser.assertAccessible();
    browser.click("a[id$='history']");
    browser.waitForText("Ajout du 33700 et d'un lien officiel");
    browser.assertAccessible();
    browser.click("button[id='compare:go']");
    browser.waitForText("Révision 1 (Fanny Formatrice) → révision 2 (Maya Médiatrice)");
    browser.waitForText("33700");
    assertTrue(browser.all("ins").stream().anyMatch(i -> i.getText().contains("33700")));
    browser.assertAccessible();
  }

  @Test
  void aReaderRatesReportsAndTheCuratorAnswers() {
    String resource = "Accompagner une démarche administrative en ligne sans faire à la place";
    browser.loginInFrench("apprenant", DemoAccounts.PASSWORD);
    browser.get("library/index.xhtml");
    browser.driver().findElement(By.linkText(resource)).click();
    browser.waitForText("Recommandez-vous cette ressource ?");
    browser.click("label[for='rate:score:3']");
    browser.type(
        "textarea[id='rate:comment']", "Méthode claire, utilisée dès la semaine suivante.");
    browser.click("button[id='rate:send']");
    browser.waitForText("Merci, votre avis est enregistré.");
    browser.waitForText("Recommandée à 4");
    browser.choose("report:kind", "Contenu obsolète");
    browser.type("textarea[id='report:details']", "Le lien vers le simulateur a changé.");
    browser.click("button[id='report:send']");
    browser.waitForText("Signalement transmis aux curateurs");
    browser.assertAccessible();
    browser.logout();

    browser.loginInFrench("curateur", DemoAccounts.PASSWORD);
    browser.get("library/reports.xhtml");
    browser.waitForText("Le lien vers le simulateur a changé.");
    browser.assertAccessible();
    String row = "//tr[contains(., 'Le lien vers le simulateur a changé.')]";
    browser
        .driver()
        .findElement(By.xpath(row + "//input[contains(@id, ':resolution')]"))
        .sendKeys("Lien mis à jour.");
    browser.driver().findElement(By.xpath(row + "//button[contains(@id, ':resolve')]")).click();
    browser.waitForText("Signalement clos");
    browser.logout();

    browser.loginInFrench("apprenant", DemoAccounts.PASSWORD);
    browser.get("notifications.xhtml");
    browser.waitForText("est traité : Lien mis à jour.");
  }

  @Test
  void anEditIsProposedAndTheMaintainerKeepsOneChangeOfTwo() {
    String resource = "Fixer le cadre de l'accompagnement dès l'accueil";
    browser.loginInFrench("apprenant", DemoAccounts.PASSWORD);
    browser.get("library/index.xhtml");
    browser.driver().findElement(By.linkText(resource)).click();
    // The main actions come first, above the summary and far above the rating and report forms.
    int actions = browser.find("a[id$='propose']").getLocation().getY();
    assertTrue(actions < browser.find("p.lead").getLocation().getY(), "actions above the text");
    assertTrue(actions < browser.find("form[id='rate']").getLocation().getY());
    browser.click("a[id$='propose']");
    browser.waitForText("Proposition de modification");
    browser.assertAccessible();
    var body = browser.all("textarea[id$=':body']").get(0);
    body.sendKeys(" Je le redis en fin de séance.");
    browser.click("button[id$=':add'][id*=':2:']");
    browser
        .wait(10)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> browser.all("input[id$=':url']").size() == 1);
    browser.all("input[id$=':heading']").get(1).sendKeys("France services");
    browser.all("input[id$=':url']").get(0).sendKeys("https://www.france-services.gouv.fr/");
    browser.type("input[id='edit:changeSummary']", "Rappel en fin de séance et lien utile");
    browser.click("button[id='edit:save']");
    browser.waitForText("Proposée par Yanis Apprenant");
    browser.logout();

    browser.loginInFrench("mediatrice", DemoAccounts.PASSWORD);
    browser.get("library/index.xhtml");
    browser.driver().findElement(By.linkText(resource)).click();
    browser.waitForText("Propositions en attente");
    browser.click("a[id$=':proposal']");
    browser.waitForText("Accepter ce changement");
    browser.assertAccessible();
    // Accept the rewritten text, leave the link unticked.
    browser.all("div[id$=':accept'] .ui-chkbox-box").get(0).click();
    browser.click("button[id='decide:apply']");
    browser.waitForText("Proposition acceptée en partie");
    browser.driver().findElement(By.linkText(resource)).click();
    browser.click("a[id$='history']");
    browser.waitForText("Rappel en fin de séance et lien utile");
    assertTrue(
        browser
            .driver()
            .findElement(By.xpath("//tr[contains(., 'Rappel en fin de séance')]"))
            .getText()
            .contains("Yanis Apprenant"),
        "the revision is credited to the proposer");
    browser.click("button[id='compare:go']");
    browser.waitForText("Je le redis en fin de séance.");
    assertFalse(browser.text().contains("france-services.gouv.fr"), "the rejected link is not in");
  }

  @Test
  void aMediatorSearchesInFrenchAndNarrowsByFacets() {
    browser.loginInFrench("curateur", DemoAccounts.PASSWORD);
    browser.get("library/index.xhtml");
    browser.waitForText("Affiner la recherche");
    browser.type("#q", "demarche administrative");
    browser.click("#go");
    browser.waitForTextIn("#results", "Accompagner une démarche administrative en ligne", true);
    browser.assertAccessible();
    browser.find("#q").clear();
    browser.type("#q", "parents");
    browser.click("#go");
    browser.waitForTextIn("#results", "Écrans en famille", true);
    String xpath = "//label[starts-with(normalize-space(.), 'Vérifiée (')]";
    browser.driver().findElement(By.xpath(xpath)).click();
    browser.waitForTextIn("#results", "Écrans en famille", false);
    browser.waitForTextIn(
        "#results", "Contrôle parental : régler ensemble le téléphone d'un enfant", true);

    // The search is in the address: shared, it opens as it was; Back returns to the step before.
    browser.wait(10).until(d -> d.getCurrentUrl().contains("label="));
    String shared = browser.driver().getCurrentUrl();
    assertTrue(shared.contains("q=parents"), shared);
    browser.driver().navigate().back();
    browser.wait(10).until(d -> !d.getCurrentUrl().contains("label="));
    browser.waitForTextIn("#results", "Écrans en famille", true);
    assertEquals("parents", browser.find("#q").getAttribute("value"));
    browser.driver().get(shared);
    browser.waitForTextIn(
        "#results", "Contrôle parental : régler ensemble le téléphone d'un enfant", true);
    assertFalse(browser.find("#results").getText().contains("Écrans en famille"));
  }

  @Test
  void aMediatorWritesARevisesAndMeetsAConflict() {
    browser.loginInFrench("conseiller", DemoAccounts.PASSWORD);
    browser.get("library/edit.xhtml");
    browser.waitForText("Nouvelle ressource");
    browser.assertAccessible();
    // Required fields are marked, and an empty form reports every problem at once, by field.
    browser.waitForText("Les champs marqués d’un astérisque (*) sont obligatoires.");
    browser.click("button[id='edit:save']");
    browser.waitForText("Titre : donnez-en un");
    for (String problem :
        List.of(
            "Résumé : donnez-en un",
            "Thématiques : cochez-en au moins une.",
            "Type : choisissez-en un.",
            "Publics : cochez-en au moins un.",
            "Formats : cochez-en au moins un.",
            "Bloc 1 : Un titre de section est vide.")) {
      assertTrue(browser.text().contains(problem), problem);
    }
    browser.type("input[id='edit:title']", "Atelier <script>alert(1)</script> messagerie");
    browser.type(
        "textarea[id='edit:summary']",
        "Découvrir sa messagerie : lire, répondre, joindre un fichier.");
    tick("themes", "Maîtrise des outils numériques");
    browser.choose("edit:type", "Ressource pédagogique");
    tick("audiences", "Seniors");
    tick("formats", "Atelier collectif");
    browser.all("input[id$=':heading']").get(0).sendKeys("Objectifs");
    browser
        .all("textarea[id$=':body']")
        .get(0)
        .sendKeys("Savoir **répondre** à un courriel. <img src=x onerror=alert(1)>");
    browser.type("input[id='edit:changeSummary']", "Première version");
    browser.click("button[id='edit:save']");
    browser.waitForText("<strong>répondre</strong>");
    browser.waitForText("créée : elle est en brouillon");
    // The markup typed by the author is shown as text, never run.
    browser.waitForText("&lt;img src=x onerror=alert(1)&gt;");
    assertTrue(browser.all("img").stream().noneMatch(i -> "x".equals(i.getAttribute("src"))));
    assertTrue(browser.text().contains("Atelier <script>alert(1)</script> messagerie"));
    browser.assertAccessible();
    String page = browser.driver().getCurrentUrl();

    // Two tabs open the editor; the second saves first.
    browser.click("a[id$='edit']");
    browser.waitForText("Résumé de la modification");
    String first = browser.driver().getWindowHandle();
    browser.driver().switchTo().newWindow(WindowType.TAB);
    browser.driver().get(page.replace("resource.xhtml", "edit.xhtml").replaceAll("&rev=\\d+", ""));
    browser.waitForText("Résumé de la modification");
    browser.all("textarea[id$=':body']").get(0).clear();
    browser.all("textarea[id$=':body']").get(0).sendKeys("Texte de l'autre onglet.");
    browser.type("input[id='edit:changeSummary']", "Depuis l'autre onglet");
    browser.click("button[id='edit:save']");
    browser.waitForText("Texte de l'autre onglet.");
    browser.driver().close();
    browser.driver().switchTo().window(first);

    browser.all("textarea[id$=':body']").get(0).clear();
    browser.all("textarea[id$=':body']").get(0).sendKeys("Mon texte du premier onglet.");
    browser.click("button[id='edit:save']");
    browser.waitForText("Deux modifications en même temps");
    browser.waitForText("Texte de l'autre onglet.");
    browser.waitForText("Mon texte du premier onglet.");
    browser.assertAccessible();
    browser.click("button[id='resolve:keepMine']");
    browser.waitForText("Votre version est gardée");
    browser.type("input[id='edit:changeSummary']", "Fusion des deux onglets");
    browser.click("button[id='edit:save']");
    browser.waitForText("Mon texte du premier onglet.");
    browser.click("a[id$='history']");
    browser.waitForText("Depuis l'autre onglet");
    browser.waitForText("Fusion des deux onglets");
    assertFalse(browser.text().contains("Deux modifications en même temps"));
  }
}
