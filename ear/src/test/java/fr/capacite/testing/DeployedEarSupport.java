package fr.capacite.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tests that talk HTTP to the real EAR, deployed once per test class on embedded GlassFish. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedEarSupport {

  @ArquillianResource protected URL base;

  @Deployment(testable = false)
  public static EnterpriseArchive deployment() {
    return Browser.ear();
  }

  /**
   * An HTTP client logged in through the real login form (with PrimeFaces' script nonce, as a
   * browser sends it), for API calls with a user's session.
   */
  protected HttpClient loggedIn(String username, String password) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String page =
        http.send(
                HttpRequest.newBuilder(URI.create(root() + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String form =
        "login=login&login%3Ausername="
            + encode(username)
            + "&login%3Apassword="
            + encode(password)
            + "&login%3Asubmit=&primefaces.nonce="
            + encode(first(page, "csp\\.init\\('([^']+)'"))
            + "&jakarta.faces.ViewState="
            + encode(first(page, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(root() + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (!r.body().contains("id=\"currentUser\"")) {
      throw new AssertionError("login as " + username + " failed");
    }
    return http;
  }

  /**
   * A request as the application's own pages would send it: same-origin, in French, with a JSON
   * body when one is given.
   */
  protected HttpResponse<String> send(HttpClient http, String method, String path, String json)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(root() + path))
            .header("Origin", root().replaceAll("/$", ""))
            .header("Accept-Language", "fr");
    if (json == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new AssertionError("no " + regex + " in the login page");
    }
    return m.group(1);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The application's root address, ending with a slash. */
  protected String root() {
    return base.toString().endsWith("/") ? base.toString() : base + "/";
  }
}
