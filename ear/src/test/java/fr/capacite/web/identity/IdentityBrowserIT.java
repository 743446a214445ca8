package fr.capacite.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.domain.identity.Role;
import fr.capacite.testing.Browser;
import fr.capacite.testing.BrowserSupport;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Logging in and out, areas by role, language, throttling, error pages, account administration. */
class IdentityBrowserIT extends BrowserSupport {

  @Test
  void eachRoleSeesOnlyTheAreasItIsAllowed() {
    for (DemoAccounts.Account account : DemoAccounts.ALL) {
      browser.login(account.username(), DemoAccounts.PASSWORD);
      List<String> areas =
          browser.all("a[data-area]").stream().map(a -> a.getAttribute("data-area")).toList();
      assertTrue(areas.contains("nav.referential"), account.username() + " sees the referential");
      assertEquals(
          account.roles().contains(Role.ADMIN),
          areas.contains("nav.admin"),
          account.username() + " and administration");
      assertEquals(
          account.roles().stream()
              .anyMatch(r -> r == Role.ADMIN || r == Role.ORG_MANAGER || r == Role.JUROR),
          areas.contains("nav.jury"),
          account.username() + " and exam sessions");
      browser.assertAccessible();
      if (!account.roles().contains(Role.ADMIN)) {
        // Hidden in the menu and refused by the server.
        browser.get("admin/users.xhtml");
        assertEquals("Accès refusé", browser.find("h1").getText());
        browser.assertAccessible();
      }
      browser.logout();
    }
  }

  @Test
  void theSessionIdChangesAtLoginAndLogoutEndsTheSession() {
    browser.get("login.xhtml");
    browser.find("input[id='login:username']");
    // No session before login; an id planted in the browser is never the one logged in.
    assertNull(browser.sessionId());
    browser
        .driver()
        .manage()
        .addCookie(new org.openqa.selenium.Cookie("JSESSIONID", "planted0123456789"));
    browser.login("mediatrice", DemoAccounts.PASSWORD);
    String after = browser.sessionId();
    assertNotNull(after);
    assertNotEquals("planted0123456789", after);
    browser.logout();
    browser.get("referential/index.xhtml");
    // The login form is shown in the page's place: its address stays, to come back to it.
    browser.find("input[id='login:username']");
    assertTrue(browser.driver().getCurrentUrl().contains("referential/index.xhtml"));
  }

  @Test
  void languageSwitchesFromAnyPageAndIsRememberedForTheUser() {
    browser.get("index.xhtml");
    assertEquals("fr", browser.lang());
    browser.click("#toEn");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    assertEquals("Home", browser.find("h1").getText());
    browser.assertAccessible();

    browser.login("curateur", DemoAccounts.PASSWORD);
    browser.get("referential/index.xhtml");
    browser.click("#toEn");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    assertEquals("Competence referential", browser.find("h1").getText());
    browser.logout();
    // A new session starts in French, then the account's choice comes back at login.
    browser.driver().manage().deleteAllCookies();
    browser.get("index.xhtml");
    assertEquals("fr", browser.lang());
    browser.login("curateur", DemoAccounts.PASSWORD);
    assertEquals("en", browser.lang());
    browser.click("#toFr");
    browser.wait(10).until(d -> "fr".equals(browser.lang()));
  }

  @Test
  void theAccessibilityStatementIsPublicInBothLanguagesAndLinkedFromEveryPage() {
    browser.driver().manage().deleteAllCookies();
    browser.get("index.xhtml");
    // RGAA: the status in every page's footer, linking to the statement.
    assertEquals("Accessibilité : non conforme", browser.find("#a11yLink").getText());
    browser.click("#a11yLink");
    browser.wait(10).until(d -> d.getCurrentUrl().contains("accessibility.xhtml"));
    assertEquals("Déclaration d'accessibilité", browser.find("h1").getText());
    assertTrue(
        browser.find("#conformance").getText().contains("non conforme"),
        browser.find("#conformance").getText());
    String text = browser.text();
    assertTrue(text.contains("RGAA 4.1"), text);
    assertTrue(text.contains("WCAG 2.1"), text);
    assertTrue(text.contains("établie le 07/12/2026"), text);
    assertTrue(text.contains("Défenseur des droits"), text);
    // No contact configured: the page says so and points to the remedies.
    browser.find("#noContact");
    assertNull(browser.sessionId(), "reading the statement starts no session");
    browser.assertAccessible();

    // The installation's contact (ear/run.sh --contact) is offered as an address to write to.
    System.setProperty("capacite.contact", "accessibilite@exemple.fr");
    try {
      browser.get("accessibility.xhtml");
      assertEquals(
          "mailto:accessibilite@exemple.fr", browser.find("#contactAddress").getAttribute("href"));
    } finally {
      System.clearProperty("capacite.contact");
    }

    browser.click("#toEn");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    assertEquals("Accessibility statement", browser.find("h1").getText());
    assertTrue(
        browser.find("#conformance").getText().contains("not compliant"),
        browser.find("#conformance").getText());
    assertTrue(browser.text().contains("established on 07/12/2026"), browser.text());
    assertEquals("Accessibility: not compliant", browser.find("#a11yLink").getText());
    browser.assertAccessible();
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  void wrongPasswordsAreExplainedAndThrottleTheAccount() {
    String name = browser.createAccount(Role.MEDIATOR);
    browser.logout();
    for (int i = 1; i <= 5; i++) {
      browser.get("login.xhtml");
      browser.type("input[id='login:username']", name);
      browser.type("input[id='login:password']", "not the right password");
      browser.click("button[id='login:submit']");
      // One message for every refusal: nothing tells whether the account exists or is throttled.
      browser.waitForText("Identifiant ou mot de passe incorrect.");
      // The refusal takes the focus: a screen reader reads it at once.
      assertEquals(
          "messages",
          ((org.openqa.selenium.JavascriptExecutor) browser.driver())
              .executeScript("return document.activeElement && document.activeElement.id;"));
    }
    browser.assertAccessible();
    browser.get("login.xhtml");
    browser.type("input[id='login:username']", name);
    browser.type("input[id='login:password']", Browser.NEW_PASSWORD);
    browser.click("button[id='login:submit']");
    // Throttled: even the right password is refused, with the same message.
    browser.waitForText("Identifiant ou mot de passe incorrect.");
    assertFalse(browser.text().contains("ce compte est bloqué"));
  }

  @Test
  void anAdministratorCreatesAnAccountThatCanLogInUntilDeactivated() {
    String name = browser.createAccount(Role.TRAINER, Role.JUROR);
    browser.get("admin/users.xhtml");
    browser.type("input[id='users:q']", name);
    browser.click("button[id='users:search']");
    browser.waitForText(name + "@example.org");
    browser.assertAccessible();
    browser.logout();

    browser.login(name, Browser.NEW_PASSWORD);
    assertEquals(name, browser.find("#currentUser").getText());
    browser.logout();

    browser.login("admin", DemoAccounts.PASSWORD);
    browser.openAccount(name);
    browser.click("button[id='user:deactivate']");
    browser.waitForText("désactivé");
    browser.logout();
    browser.attemptLogin(name, Browser.NEW_PASSWORD);
    // The same message as for a wrong password: a deactivated account is not revealed.
    browser.waitForText("Identifiant ou mot de passe incorrect.");
    assertFalse(browser.text().contains("désactivé"));

    browser.login("admin", DemoAccounts.PASSWORD);
    browser.get("admin/audit.xhtml");
    browser.waitForText("user:" + name);
    browser.assertAccessible();
  }

  @Test
  void aPersonDownloadsTheirDataAndAnAdministratorErasesThem() {
    String name = browser.createAccount(Role.MEDIATOR);
    browser.logout();

    // The person downloads everything held about them, from their account page, in English.
    browser.login(name, Browser.NEW_PASSWORD);
    browser.get("account.xhtml");
    browser.click("a[id$='toEn']");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    browser.waitForText("Download my data (JSON)");
    browser.assertAccessible();
    String href = browser.find("a#downloadData").getAttribute("href");
    String download = fetchInPage(href);
    assertTrue(
        download.startsWith("200 attachment; filename=\"capacite-mes-donnees-" + name), download);
    assertTrue(download.contains("\"username\":\"" + name + "\""), download);
    assertTrue(download.contains(name + "@example.org"), download);
    assertFalse(download.contains("password_hash"), "no secret in the export");
    browser.click("a[id$='toFr']");
    browser.wait(10).until(d -> "fr".equals(browser.lang()));
    browser.logout();

    // The administrator erases them: a pseudonym replaces them, and they can no longer log in.
    browser.login("admin", DemoAccounts.PASSWORD);
    browser.openAccount(name);
    browser.find("button[id='user:erase']");
    browser.assertAccessible();
    browser.click("button[id='user:erase']");
    browser.click("#confirmYes");
    browser.waitForText("Personne effacée : elle apparaît désormais sous le pseudonyme « Anonyme ");
    assertTrue(browser.find("#status").getText().startsWith("Effacé (RGPD)"));
    assertFalse(browser.text().contains(name + "@example.org"));
    assertTrue(browser.all("button[id='user:erase']").isEmpty(), "erasure is final");
    browser.get("admin/audit.xhtml");
    browser.waitForText("Effacement d’une personne (RGPD)");
    browser.logout();
    browser.attemptLogin(name, Browser.NEW_PASSWORD);
    browser.waitForText("Identifiant ou mot de passe incorrect.");
  }

  @Test
  void anAdministratorTakesABackupFromTheAdministrationPages() {
    browser.login("admin", DemoAccounts.PASSWORD);
    browser.get("admin/backups.xhtml");
    browser.waitForText("Sauvegarder maintenant");
    browser.assertAccessible();
    int before =
        browser.all("[id='backups:table'] tbody tr:not(.ui-datatable-empty-message)").size();
    browser.click("button[id='backups:backupNow']");
    browser.waitForText("Sauvegarde faite (");
    browser
        .wait(10)
        .until(
            d ->
                browser.all("[id='backups:table'] tbody tr:not(.ui-datatable-empty-message)").size()
                    == before + 1);
    assertFalse(Browser.isoLike(browser.find("[id='backups:table']").getText()), "no ISO date");

    // Today's occurrence of a daily job, run now in English: once, never twice.
    browser.click("a[id$='toEn']");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    try {
      browser.click("a#tabJobs");
      browser.waitForText("Uploads never used");
      browser.assertAccessible();
      // A job whose timer has not fired today: the test may run at any hour, after some have.
      String job =
          List.of("Uploads never used", "Path deadline reminders", "Qualiopi expiry reminders")
              .stream()
              .filter(
                  j ->
                      browser
                          .driver()
                          .findElement(
                              org.openqa.selenium.By.xpath("//tr[contains(., '" + j + "')]"))
                          .getText()
                          .contains("Never"))
              .findFirst()
              .orElseThrow();
      String row = "//tr[contains(., '" + job + "')]//button[contains(@id, ':run')]";
      browser.driver().findElement(org.openqa.selenium.By.xpath(row)).click();
      browser.waitForText("“" + job + "” ran for today");
      browser.driver().findElement(org.openqa.selenium.By.xpath(row)).click();
      browser.waitForText("“" + job + "” already ran today");
      assertFalse(Browser.isoLike(browser.find("[id='jobs:table']").getText()), "no ISO date");
    } finally {
      // The choice is kept on the account: the next test logs in as this administrator.
      browser.click("a[id$='toFr']");
      browser.wait(10).until(d -> "fr".equals(browser.lang()));
    }
  }

  /** Fetches an address with the page's session, as a download link does; status, then body. */
  private String fetchInPage(String href) {
    return (String)
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' '"
                    + " + r.headers.get('Content-Disposition') + '\\n' + t)));",
                href);
  }

  @Test
  void shortPasswordsAreRefusedWithATranslatedMessage() {
    browser.login("admin", DemoAccounts.PASSWORD);
    browser.get("admin/user-edit.xhtml");
    String name = "short" + UUID.randomUUID().toString().substring(0, 6);
    browser.type("input[id='user:username']", name);
    browser.type("input[id='user:displayName']", "Dominique Martin");
    browser.type("input[id='user:email']", name + "@example.org");
    browser.type("input[id='user:password']", "too short");
    browser.click("button[id='user:save']");
    browser.waitForText("au moins 12 caractères");
    browser.assertAccessible();
    // Common and breached passwords, and those built on the account's own name (NIST SP 800-63B).
    browser.type("input[id='user:password']", "password1234");
    browser.click("button[id='user:save']");
    browser.waitForText("trop facile à deviner");
    browser.type("input[id='user:password']", "123456789012");
    browser.click("button[id='user:save']");
    browser.waitForText("trop facile à deviner");
    browser.type("input[id='user:password']", "Lune-" + name + "-orage-77");
    browser.click("button[id='user:save']");
    browser.waitForText("ne doit pas contenir le nom");
  }

  @Test
  void unknownPagesShowAFriendlyTranslatedPageWithoutStackTrace() {
    browser.get("no/such/page.xhtml");
    assertEquals("Page introuvable", browser.find("h1").getText());
    assertFalse(browser.driver().getPageSource().contains(".java:"), "no stack trace frame");
    browser.assertAccessible();
  }

  @Test
  void forgedPostsGetTheTranslatedErrorPageAndCrossSiteLogoutIsRefused() throws Exception {
    var cookies = new java.net.CookieManager();
    var http = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
    String root = root();
    String page =
        http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + "login.xhtml"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString())
            .body();
    var m =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page);
    assertTrue(m.find());
    String form =
        "login=login&login%3Ausername=admin&login%3Apassword=x&login%3Asubmit=&jakarta.faces.ViewState="
            + java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
    // No script nonce: a forged or script-less post.
    var forged =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    // An expected client error: 400 and its own translated page, never "unexpected error".
    assertEquals(400, forged.statusCode());
    assertTrue(forged.body().contains("Requête invalide"), forged.body());
    assertFalse(forged.body().contains(".java:"));

    var crossSite =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + "logout"))
                .header("Origin", "http://evil.example")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(403, crossSite.statusCode());
    assertTrue(crossSite.body().contains("Accès refusé"));
  }

  @Test
  void aSharedLinkLeadsBackToItsPageAfterLogin() {
    browser.driver().manage().deleteAllCookies();
    browser.get("library/coverage.xhtml?v=REMN-2019");
    browser.find("input[id='login:username']");
    browser.type("input[id='login:username']", "mediatrice");
    browser.type("input[id='login:password']", DemoAccounts.PASSWORD);
    browser.click("button[id='login:submit']");
    browser.find("#currentUser");
    String url = browser.driver().getCurrentUrl();
    assertTrue(url.endsWith("library/coverage.xhtml?v=REMN-2019"), url);

    // The header's login link brings the visitor back to the page they were reading.
    browser.logout();
    browser.get("no/such/page.xhtml");
    browser.click("#loginLink");
    browser.type("input[id='login:username']", "mediatrice");
    browser.type("input[id='login:password']", DemoAccounts.PASSWORD);
    browser.click("button[id='login:submit']");
    browser.find("#currentUser");
    assertTrue(
        browser.driver().getCurrentUrl().endsWith("/index.xhtml"),
        "an unknown page is not a destination");
  }

  @Test
  void errorPagesCarryTheirStatusAlsoAfterAnAjaxFailure() throws Exception {
    var anonymous = java.net.http.HttpClient.newHttpClient();
    assertEquals(404, status(anonymous, "no/such/page.xhtml"));
    assertEquals(500, status(anonymous, "errorpages/500.xhtml"));
    assertEquals(404, status(anonymous, "errorpages/404.xhtml"));
    var mediator = loggedIn("mediatrice", DemoAccounts.PASSWORD);
    assertEquals(403, status(mediator, "admin/users.xhtml"));

    // An Ajax request that fails is sent to the error page, which answers with its status.
    var ajax =
        mediator.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(root() + "notifications.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "jakarta.faces.partial.ajax=true&jakarta.faces.source=x"
                            + "&jakarta.faces.partial.execute=%40all&jakarta.faces.ViewState=forged"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    var redirect =
        java.util.regex.Pattern.compile("<redirect url=\"([^\"]+)\"").matcher(ajax.body());
    assertTrue(redirect.find(), ajax.body());
    assertTrue(redirect.group(1).contains("/errorpages/"), redirect.group(1));
    String target = redirect.group(1).substring(redirect.group(1).indexOf("errorpages/"));
    assertTrue(status(mediator, target) >= 400, target);
  }

  private int status(java.net.http.HttpClient http, String path) throws Exception {
    return http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(root() + path)).build(),
            java.net.http.HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void onAPhoneTheMenuFoldsBehindAButton() {
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
    browser.get("organisation/index.xhtml");
    var toggle = browser.find("#menuToggle");
    assertTrue(toggle.isDisplayed());
    assertFalse(browser.find("#appNav").isDisplayed(), "folded: the header stays small");
    int header = browser.find("header.app-header").getSize().getHeight();
    assertTrue(header < 200, "the header takes " + header + " px of 800");
    toggle.click();
    assertEquals("true", toggle.getAttribute("aria-expanded"));
    assertTrue(browser.find("a[data-area='nav.jury']").isDisplayed());
    browser.assertAccessible();
    browser.click("a[data-area='nav.jury']");
    browser.waitForText("Sessions d’examen");
  }

  @Test
  void theAuditLogIsFilteredByDaysAndExportedAsCsvForAdministratorsOnly() throws Exception {
    var admin = loggedIn("admin", DemoAccounts.PASSWORD);
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString();
    var csv =
        admin.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        root()
                            + "api/audit/audit.csv?kind=LOGIN&actor=admin&from="
                            + today
                            + "&to="
                            + today))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
    assertEquals("Date (Heure de Paris);Événement;Auteur;Objet;Détail", lines[0]);
    assertTrue(lines.length > 1 && lines[1].contains(";Connexion;admin;"), csv.body());
    assertTrue(
        lines[1].matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2};.*"),
        "day first, Paris time: " + lines[1]);
    var bad =
        admin.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(root() + "api/audit/audit.csv?from=31-12-2026"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(400, bad.statusCode());
    var mediator = loggedIn("mediatrice", DemoAccounts.PASSWORD);
    assertEquals(403, status(mediator, "api/audit/audit.csv"));

    // The page filters by days (typed day first) and links to the same export.
    browser.login("admin", DemoAccounts.PASSWORD);
    browser.inFrench();
    browser.get("admin/audit.xhtml");
    String day = fr.capacite.testing.Browser.day(java.time.LocalDate.parse(today));
    browser.type("input[id='audit:from_input']", day);
    browser.type("input[id='audit:to_input']", day);
    browser.click("button[id='audit:filter']");
    browser
        .wait(10)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                browser
                    .find("a[id='audit:export']")
                    .getAttribute("href")
                    .contains("from=" + today));
    browser.waitForTextIn("[id='audit:table']", "Connexion", true);
    // The times read day first, in Paris time (the details are the records' own words).
    assertTrue(
        browser
            .find("[id='audit:table']")
            .getText()
            .matches("(?s).*" + java.util.regex.Pattern.quote(day) + " \\d{2}:\\d{2}:\\d{2}.*"),
        "day-first times");
    browser.assertAccessible();
  }
}
