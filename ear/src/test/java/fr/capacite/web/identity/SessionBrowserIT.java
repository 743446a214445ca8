package fr.capacite.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.identity.Role;
import fr.capacite.testing.Browser;
import fr.capacite.testing.BrowserSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * Open sessions follow their account: an administrator's change (roles, deactivation, password
 * reset) or the person's own new password ends every other session on its next request.
 */
class SessionBrowserIT extends BrowserSupport {

  private static final String SECOND_PASSWORD = "Nuage cerise tambour 2027";
  private static final String THIRD_PASSWORD = "Girafe lanterne piment 2028";

  private HttpResponse<String> get(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(root() + path)).header("Accept-Language", "fr").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The administrator (logged in in the browser) opens the account's page. */
  private void openAccount(String name) {
    browser.openAccount(name);
    browser.waitForText(name + "@example.org");
  }

  private void assertEnded(HttpClient session) throws Exception {
    HttpResponse<String> api = get(session, "api/plans/me");
    assertEquals(401, api.statusCode(), api.body());
    assertTrue(api.body().contains("Session terminée"), api.body());
  }

  @Test
  void roleRemovalPasswordResetAndDeactivationEachEndTheOpenSessionOnItsNextRequest()
      throws Exception {
    String name = browser.createAccount(Role.MEDIATOR, Role.CURATOR);
    HttpClient session = loggedIn(name, Browser.NEW_PASSWORD);
    assertEquals(200, get(session, "api/plans/me").statusCode());

    // The administrator removes MEDIATOR: the open session ends at once…
    openAccount(name);
    String id = browser.find("input[name='user:roles'][value='MEDIATOR']").getAttribute("id");
    browser.click("label[for='" + id + "']");
    browser.click("button[id='user:save']");
    browser.waitForText("enregistré");
    assertEnded(session);
    // …and a new one no longer has the role taken away.
    session = loggedIn(name, Browser.NEW_PASSWORD);
    assertEquals(403, get(session, "api/plans/me").statusCode());
    assertEquals(200, get(session, "notifications.xhtml").statusCode());

    // A password reset by the administrator ends it too.
    openAccount(name);
    browser.type("input[id='user:password']", SECOND_PASSWORD);
    browser.click("button[id='user:save']");
    browser.waitForText("enregistré");
    HttpResponse<String> page = get(session, "notifications.xhtml");
    assertTrue(page.uri().toString().contains("login.xhtml?ended=true"), page.uri().toString());
    assertTrue(page.body().contains("Votre session a pris fin"), page.body());

    // So does deactivation, and no new session can start.
    session = loggedIn(name, SECOND_PASSWORD);
    openAccount(name);
    browser.click("button[id='user:deactivate']");
    browser.waitForText("désactivé");
    assertEnded(session);
    assertThrowsLogin(() -> loggedIn(name, SECOND_PASSWORD));
    System.out.println(
        "Stale sessions: role removal, password reset, deactivation: 3 changes, each took effect"
            + " on the next request");
  }

  @Test
  void aPersonWhoChangesTheirPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
    String name = browser.createAccount(Role.MEDIATOR);
    browser.logout();
    HttpClient elsewhere = loggedIn(name, Browser.NEW_PASSWORD);
    assertEquals(200, get(elsewhere, "api/plans/me").statusCode());

    browser.loginInFrench(name, Browser.NEW_PASSWORD);
    Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
    assertEquals("Lax", cookie.getSameSite(), "the session cookie is SameSite=Lax");
    browser.click("#currentUser");
    browser.waitForText("Changer de mot de passe");
    browser.assertAccessible();

    browser.type("input[id='password:current']", "pas le bon mot de passe");
    browser.type("input[id='password:next']", THIRD_PASSWORD);
    browser.type("input[id='password:confirmation']", THIRD_PASSWORD);
    browser.click("button[id='password:save']");
    browser.waitForText("Le mot de passe actuel est incorrect.");

    browser.type("input[id='password:current']", Browser.NEW_PASSWORD);
    browser.type("input[id='password:next']", "password1234");
    browser.type("input[id='password:confirmation']", "password1234");
    browser.click("button[id='password:save']");
    browser.waitForText("trop facile à deviner");
    browser.assertAccessible();

    browser.type("input[id='password:current']", Browser.NEW_PASSWORD);
    browser.type("input[id='password:next']", THIRD_PASSWORD);
    browser.type("input[id='password:confirmation']", THIRD_PASSWORD);
    browser.click("button[id='password:save']");
    browser.waitForText("Mot de passe changé.");

    // This session carries on; the other one has ended.
    browser.get("notifications.xhtml");
    assertEquals(name, browser.find("#currentUser").getText());
    assertEnded(elsewhere);

    // In English too.
    browser.click("a[id$='toEn']");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    browser.click("#currentUser");
    browser.waitForText("Change password");
    browser.type("input[id='password:current']", THIRD_PASSWORD);
    browser.type("input[id='password:next']", "Autre chose 1");
    browser.type("input[id='password:confirmation']", "Autre chose 2");
    browser.click("button[id='password:save']");
    browser.waitForText("The two entries of the new password differ.");
    browser.assertAccessible();
    System.out.println(
        "Stale sessions: own password change ended the other session on its next request");
  }

  private static void assertThrowsLogin(org.junit.jupiter.api.function.Executable login) {
    AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, login);
    assertTrue(e.getMessage().contains("login as"), e.getMessage());
  }
}
