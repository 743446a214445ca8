package fr.capacite.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.testing.DeployedEarSupport;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A visitor who is not logged in costs the server no session: public pages, protected pages (the
 * login page shown in their place), refused logins, public checks, the language switch and error
 * pages start none, so sessions exist only for people who logged in. The login form, which then
 * keeps no server state, refuses a post from another site.
 */
class AnonymousSessionIT extends DeployedEarSupport {

  private static final String[] PAGES = {
    "",
    "index.xhtml",
    "login.xhtml",
    "verify.xhtml",
    "verify.xhtml?code=ZZZZ-ZZZZ",
    "accessibility.xhtml",
    "credential.xhtml",
    "credential.xhtml?id=urn:uuid:00000000-0000-0000-0000-000000000000",
    "library/index.xhtml",
    "library/index.xhtml?q=atelier&theme=CYBER&order=DATE&page=1",
    "library/resource.xhtml?id=1",
    "library/resource.xhtml?r=atelier-reperer-un-sms-ou-un-courriel-frauduleux",
    "offers/index.xhtml",
    "offers/index.xhtml?region=11&scope=FULL&places=true&from=2026-01-01",
    "offers/index.xhtml?from=not-a-date",
    "offers/cohort.xhtml?id=1",
    "observatory/index.xhtml",
    "observatory/index.xhtml?department=69&months=6",
    "observatory/index.xhtml?region=zz&months=x",
    "api/observatory/figures.csv?region=84",
    "signup.xhtml",
    "signup-confirm.xhtml?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "password-forgotten.xhtml",
    "password-reset.xhtml?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "email-confirm.xhtml?token=nope",
    "invitation.xhtml?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "sitemap.xml",
    "sitemap.xml?part=library&page=1",
    "robots.txt",
    "admin/users.xhtml",
    "jury/index.xhtml",
    "path/plan.xhtml",
    "cohort/calendar.xhtml?organisation=1&cohort=1",
    "notifications.xhtml",
    "no-such-page.xhtml",
    "api/plans/me",
    "api/library/resources?q=x"
  };

  /** A client that keeps no cookies: every request is a new visitor, as a crawler or a flood. */
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final List<String> started = new ArrayList<>();
  private int requests;

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    requests++;
    r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .forEach(c -> started.add(r.request().method() + " " + r.uri() + ": " + c));
    return r;
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(root() + path)));
  }

  private HttpResponse<String> post(String path, String form, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(root() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  private static String nonce(String page) {
    Matcher m = Pattern.compile("csp\\.init\\('([^']+)'").matcher(page);
    assertTrue(m.find(), "the page carries PrimeFaces' script nonce");
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private String loginForm(String page, String user, String password) {
    return "login=login&login%3Ausername="
        + enc(user)
        + "&login%3Apassword="
        + enc(password)
        + "&login%3Asubmit=&primefaces.nonce="
        + enc(nonce(page))
        + "&jakarta.faces.ViewState=stateless";
  }

  @Test
  void anonymousVisitsStartNoSession() throws Exception {
    for (int round = 0; round < 20; round++) {
      for (String page : PAGES) {
        HttpResponse<String> r = get(page);
        assertTrue(r.statusCode() < 500, page + " answered " + r.statusCode());
      }
      // A protected page shows the login page in its place, stateless.
      String login = get("library/edit.xhtml").body();
      assertTrue(login.contains("value=\"stateless\""), "the login view keeps no server state");
      // A refused login stays on the page with the one message, still without a session.
      HttpResponse<String> refused =
          post(
              "login.xhtml",
              loginForm(login, "nobody-" + round, "not the password"),
              "Origin",
              root().replaceAll("/$", ""));
      assertEquals(200, refused.statusCode());
      assertTrue(refused.body().contains("Identifiant ou mot de passe incorrect"), refused.body());
      // The public check of a result document, as its Ajax button sends it.
      String verify = get("verify.xhtml").body();
      HttpResponse<String> checked =
          post(
              "verify.xhtml",
              "jakarta.faces.partial.ajax=true&jakarta.faces.source=verify%3Acheck"
                  + "&jakarta.faces.partial.execute=verify&jakarta.faces.partial.render=outcome"
                  + "&verify%3Acheck=verify%3Acheck&verify=verify&verify%3Acode=ZZZZ-ZZZZ"
                  + "&primefaces.nonce="
                  + enc(nonce(verify))
                  + "&jakarta.faces.ViewState=stateless",
              "Faces-Request",
              "partial/ajax");
      assertEquals(200, checked.statusCode());
      assertTrue(checked.body().contains("partial-response"), checked.body());
      assertTrue(checked.body().contains("Aucun résultat ne correspond"), checked.body());
      // The language switch remembers the choice in a cookie, not in a session.
      HttpResponse<String> english = get("language?set=en&return=/login.xhtml");
      assertTrue(
          english.headers().allValues("Set-Cookie").stream()
              .anyMatch(c -> c.startsWith("capacite-lang=en")),
          english.headers().toString());
    }
    assertEquals(List.of(), started, "anonymous requests started sessions");
    System.out.println(
        "Anonymous visits: " + requests + " requests, " + started.size() + " sessions started");
  }

  @Test
  void theChosenLanguageFollowsTheVisitorWithoutASession() throws Exception {
    HttpResponse<String> english =
        send(
            HttpRequest.newBuilder(URI.create(root() + "login.xhtml"))
                .header("Cookie", "capacite-lang=en"));
    assertTrue(english.body().contains("lang=\"en\""), english.body());
    assertTrue(english.body().contains("Log in"), english.body());
    HttpResponse<String> french = get("login.xhtml");
    assertTrue(french.body().contains("lang=\"fr\""), french.body());
    assertEquals(List.of(), started);
  }

  @Test
  void aSessionStartsAtLoginOnlyAndALoginPostedFromAnotherSiteIsRefused() throws Exception {
    String page = get("login.xhtml").body();
    HttpResponse<String> crossSite =
        post(
            "login.xhtml",
            loginForm(page, "formatrice", "Capacite-demo-2026"),
            "Origin",
            "http://evil.example");
    assertEquals(403, crossSite.statusCode());
    assertEquals(List.of(), started, "a refused cross-site login starts no session");

    HttpResponse<String> ok =
        post(
            "login.xhtml",
            loginForm(page, "formatrice", "Capacite-demo-2026"),
            "Origin",
            root().replaceAll("/$", ""));
    assertEquals(302, ok.statusCode());
    assertEquals(1, started.size(), started.toString());
    assertTrue(started.get(0).contains("SameSite=Lax"), started.get(0));
    assertFalse(started.get(0).contains("Max-Age"), "the session cookie ends with the browser");
    System.out.println("Cross-site login: 1 attempt, 0 accepted");
  }
}
