package fr.capacite.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP as the application's own pages speak it, for tests that talk to a running server. */
public final class Http {

  private Http() {}

  /** A client that keeps cookies and follows redirects, as a browser does. */
  public static HttpClient client(CookieManager cookies) {
    return HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /**
   * Logs {@code http} in through the real login form at {@code root} (with PrimeFaces' script
   * nonce, as a browser sends it); fails if the login does not succeed.
   */
  public static HttpClient logIn(HttpClient http, String root, String username, String password)
      throws IOException, InterruptedException {
    String page =
        http.send(
                HttpRequest.newBuilder(URI.create(root + "login.xhtml")).build(),
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
            HttpRequest.newBuilder(URI.create(root + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", root.replaceAll("/$", ""))
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
  public static HttpResponse<String> send(
      HttpClient http, String root, String method, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(root + path))
            .header("Origin", root.replaceAll("/$", ""))
            .header("Accept-Language", "fr")
            .timeout(Duration.ofSeconds(60));
    if (json == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  public static JsonObject json(HttpResponse<String> r) {
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject();
    }
  }

  /** A library resource as the API takes it: a section and one paragraph of {@code text}. */
  public static String resourceForm(String title, String text, String why) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("summary", "Un atelier pour les parents.")
        .add("themes", Json.createArrayBuilder().add("PARENTALITE"))
        .add("type", "RESSOURCE_PEDAGOGIQUE")
        .add("audiences", Json.createArrayBuilder().add("PARENTS"))
        .add("formats", Json.createArrayBuilder().add("ATELIER_COLLECTIF"))
        .add("durationMinutes", 60)
        .add("level", "DEBUTANT")
        .add(
            "blocks",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "SECTION").add("heading", "Déroulé"))
                .add(Json.createObjectBuilder().add("kind", "TEXT").add("body", text)))
        .add("pixCodes", Json.createArrayBuilder().add("2.1"))
        .add("changeSummary", why)
        .build()
        .toString();
  }

  static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new AssertionError("no " + regex + " in the page");
    }
    return m.group(1);
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
