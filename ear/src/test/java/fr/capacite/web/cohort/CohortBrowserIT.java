package fr.capacite.web.cohort;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.domain.identity.Role;
import fr.capacite.testing.BrowserSupport;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A manager plans a cohort and enrols learners until the waiting list starts. */
class CohortBrowserIT extends BrowserSupport {

  private void tick(String name, String value) {
    String id =
        browser.find("input[name='" + name + "'][value='" + value + "']").getAttribute("id");
    browser.click("label[for='" + id + "']");
  }

  @Test
  void aManagerPlansACohortAndTheWaitingListStartsWhenItIsFull() {
    String second = browser.createAccount(Role.MEDIATOR);
    browser.logout();

    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.waitForText("Médiateur numérique — CCP1, printemps 2026");
    browser.click("#newCohort");
    browser.find("input[id='cohort:code']");
    browser.assertAccessible();

    String code = "C-" + UUID.randomUUID().toString().substring(0, 6);
    browser.type("input[id='cohort:code']", code);
    browser.type("input[id='cohort:title']", "Promotion d'automne " + code);
    browser.choose(
        "cohort:programme", "Conseillers numériques France Services 2024 (70 h / 175 h / 315 h)");
    browser.choose("cohort:version", "Médiateur numérique (MN-2025)");
    browser.waitForText("CCP1");
    String ccp1 = browser.find("input[name='cohort:blocks']").getAttribute("value");
    tick("cohort:blocks", ccp1);
    browser.type("input[id='cohort:start_input']", "05/10/2026");
    browser.type("input[id='cohort:end_input']", "26/03/2027");
    browser.type("input[id='cohort:maxSize']", "1");
    tick("cohort:orgDays", "MONDAY");
    tick("cohort:hostDays", "TUESDAY");
    browser.click("button[id='cohort:save']");
    browser.waitForText("Promotion « " + code + " » enregistrée.");
    // The cohort's page has one tab per part, each with its own address.
    tab("enrolments");
    browser.waitForText("0 inscrit(s) sur 1 place(s), 0 en liste d’attente.");

    // The manager finds the learner by a part of her name, among suggestions.
    browser.type("input[id='enrolments:learner_input']", "médiat");
    browser.click("li[data-item-label*='(mediatrice)']");
    browser.choose("enrolments:hours", "175 h");
    browser.type("input[id='enrolments:note']", "Positionnement : 54/100");
    browser.click("button[id='enrolments:enrol']");
    browser.waitForText("« mediatrice » est inscrit·e.");

    browser.type("input[id='enrolments:learner_input']", second);
    browser.choose("enrolments:hours", "315 h");
    browser.click("button[id='enrolments:enrol']");
    browser.waitForText("est en liste d’attente, au rang 1.");
    browser.waitForText("1 inscrit(s) sur 1 place(s), 1 en liste d’attente.");
    browser.assertAccessible();

    browser.type("input[id='enrolments:learner_input']", "jure");
    browser.choose("enrolments:hours", "70 h");
    browser.click("button[id='enrolments:enrol']");
    browser.waitForText("n’a pas le rôle médiateur");

    // Withdrawing the enrolled learner gives the place to the first one waiting.
    browser.click("button[id$=':withdraw']");
    browser.click("button[id='withdrawDlgForm:confirmWithdraw']");
    browser.waitForText("Motif : ce champ est obligatoire.");
    browser.choose("withdrawDlgForm:reason", "Retour à l’emploi");
    browser.type("textarea[id='withdrawDlgForm:reasonNote']", "Embauchée en CDI");
    browser.click("button[id='withdrawDlgForm:confirmWithdraw']");
    browser.waitForText("Désinscription enregistrée.");
    browser.waitForText("Retour à l’emploi");
    browser.waitForText("1 inscrit(s) sur 1 place(s), 0 en liste d’attente.");
    assertTrue(browser.text().contains(second));
  }

  @Test
  void aManagerSchedulesAWeeklySeriesAndAClashIsNamed() {
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.driver().findElement(By.linkText("Médiateur numérique — CCP1, printemps 2026")).click();
    tab("sessions");
    browser.find("input[id='addSession:topic']");
    browser.type("input[id='addSession:day_input']", "02/03/2026");
    browser.type("input[id='addSession:start']", "0900");
    browser.type("input[id='addSession:end']", "1230");
    browser.type("input[id='addSession:topic']", "Accueillir les publics");
    browser.choose("addSession:site", "Atelier République");
    browser.type("input[id='addSession:room']", "Salle 1");
    browser.type("input[id='addSession:until_input']", "16/03/2026");
    tick("addSession:repeatDays", "MONDAY");
    browser.click("button[id='addSession:add']");
    browser.waitForText("3 séance(s) ajoutée(s).");
    browser.assertAccessible();

    browser.type("input[id='addSession:day_input']", "09/03/2026");
    browser.type("input[id='addSession:start']", "1000");
    browser.type("input[id='addSession:end']", "1100");
    browser.type("input[id='addSession:until_input']", "");
    browser.click("button[id='addSession:add']");
    browser.waitForText("Conflit : la salle « Salle 1 » de Atelier République est déjà réservée");
  }

  @Test
  void aLearnerSignsTheTrainerCertifiesAndTheHoursCount() {
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.click("#newCohort");
    String code = "E-" + UUID.randomUUID().toString().substring(0, 6);
    browser.type("input[id='cohort:code']", code);
    browser.type("input[id='cohort:title']", "Émargement " + code);
    browser.choose(
        "cohort:programme", "Conseillers numériques France Services 2024 (70 h / 175 h / 315 h)");
    browser.choose("cohort:version", "Médiateur numérique (MN-2025)");
    browser.waitForText("CCP1");
    tick("cohort:blocks", browser.find("input[name='cohort:blocks']").getAttribute("value"));
    browser.type(
        "input[id='cohort:start_input']", fr.capacite.testing.Browser.day(today.minusDays(7)));
    browser.type(
        "input[id='cohort:end_input']", fr.capacite.testing.Browser.day(today.plusDays(30)));
    browser.type("input[id='cohort:maxSize']", "5");
    String trainer = browser.find("input[name='cohort:trainers']").getAttribute("value");
    tick("cohort:trainers", trainer);
    browser.click("button[id='cohort:save']");
    browser.waitForText("Promotion « " + code + " » enregistrée.");
    tab("enrolments");
    // A learner with no other session today: the session is placed around now, and a learner
    // cannot be in two sessions at once.
    browser.type("input[id='enrolments:learner_input']", "apprenant");
    browser.choose("enrolments:hours", "70 h");
    browser.click("button[id='enrolments:enrol']");
    browser.waitForText("« apprenant » est inscrit·e.");
    // The place waits for the learner's answer: the manager sees it.
    browser.waitForText("En attente d’acceptation");
    tab("sessions");
    browser.type("input[id='addSession:day_input']", fr.capacite.testing.Browser.day(today));
    // A 3-hour session under way now: learners sign during a session (from shortly before it).
    java.time.LocalTime now = java.time.LocalTime.now(java.time.ZoneId.of("Europe/Paris"));
    java.time.LocalTime start =
        now.isBefore(java.time.LocalTime.of(1, 0))
            ? java.time.LocalTime.MIDNIGHT
            : now.minusHours(1);
    if (start.isAfter(java.time.LocalTime.of(20, 45))) {
      start = java.time.LocalTime.of(20, 45);
    }
    start = start.withMinute(start.getMinute() / 15 * 15);
    java.time.format.DateTimeFormatter hhmm = java.time.format.DateTimeFormatter.ofPattern("HHmm");
    browser.type("input[id='addSession:start']", start.format(hhmm));
    browser.type("input[id='addSession:end']", start.plusHours(3).format(hhmm));
    browser.type("input[id='addSession:topic']", "Séance " + code);
    browser.click("button[id='addSession:add']");
    browser.waitForText("1 séance(s) ajoutée(s).");
    browser.logout();

    // The trainer's day, one click from any page: the session and its QR code for the room.
    browser.login("formatrice", DemoAccounts.PASSWORD);
    browser.inFrench();
    browser.click("a[data-area='nav.today']");
    browser.waitForText("Séance " + code);
    browser.assertAccessible();
    browser
        .driver()
        .findElement(By.xpath("//li[contains(., 'Séance " + code + "')]//a[contains(@id, ':qr')]"))
        .click();
    browser.waitForText("Scannez ce code avec votre téléphone");
    String shown = browser.find("#code").getText();
    String signAddress = browser.find("#qrImage").getAttribute("data-sign-url");
    assertTrue(signAddress.endsWith("&code=" + shown), signAddress);
    assertTrue(browser.find("#qrImage").getAttribute("src").startsWith("data:image/png;base64,"));
    browser.assertAccessible();
    browser.logout();

    browser.login("apprenant", DemoAccounts.PASSWORD);
    browser.click("a[data-area='nav.path']");
    browser.waitForText("Séance " + code);
    // The learner accepts the place offered, which lets the organisation follow their path.
    browser.waitForText("L’organisme vous propose cette place.");
    browser.assertAccessible();
    browser
        .driver()
        .findElement(
            By.xpath(
                "//tr[contains(., 'Émargement "
                    + code
                    + "') or contains(., '"
                    + code
                    + "')]//button[contains(@id, ':accept')]"))
        .click();
    browser.waitForText("Place acceptée");
    // Their home page shows the session under way, with its button to sign.
    browser.get("index.xhtml");
    browser.waitForText("Prochaine séance");
    assertTrue(browser.find("#nextSession").getText().contains("Séance " + code));
    browser.find("button[id='homeSign:sign']");
    browser.assertAccessible();
    // The learner scans the code on the screen: the phone opens the signing page, a button signs.
    browser.get(signAddress.replaceFirst("^https?://[^/]+/", ""));
    browser.waitForText("Confirmez votre présence à la séance en cours.");
    browser.assertAccessible();
    browser.click("button[id='sign:submit']");
    browser.waitForText("Présence signée");
    browser.logout();

    browser.login("formatrice", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.driver().findElement(By.linkText("Émargement " + code)).click();
    tab("sessions");
    browser.click("a[id$=':attendance']");
    browser.waitForText("Yanis Apprenant");
    browser.assertAccessible();
    browser.click("button[id='sheet:certify']");
    browser.waitForText("Feuille certifiée et verrouillée.");
    browser.waitForText("elle est verrouillée");
    assertTrue(browser.all("button[id='sheet:certify']").isEmpty());
    browser.logout();

    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.driver().findElement(By.linkText("Émargement " + code)).click();
    tab("enrolments");
    browser.waitForText("3 h");
  }

  @Test
  void aTrainerSeesTheCohortButCannotEnrol() {
    browser.login("formatrice", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.driver().findElement(By.linkText("Médiateur numérique — CCP1, printemps 2026")).click();
    assertTrue(browser.all("button[id='cohort:save']").isEmpty());
    tab("enrolments");
    browser.waitForText("Maya Médiatrice");
    assertTrue(browser.all("button[id='enrolments:enrol']").isEmpty());
    browser.assertAccessible();
    tab("sessions");
    browser.find("a[id='calendar']");
    assertTrue(browser.all("button[id='addSession:add']").isEmpty());
  }

  /** Opens a tab of the cohort's page: its address names it, so it can be shared. */
  private void tab(String name) {
    browser.click("a[data-tab='" + name + "']");
    browser.wait(10).until(d -> d.getCurrentUrl().contains("tab=" + name));
    browser.find("a[data-tab='" + name + "'][aria-current='page']");
  }
}
