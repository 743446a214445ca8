package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.DeployedEarSupport;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Attacks on every REST write the OpenAPI document lists, as a logged-in administrator's browser
 * would be made to send them: each prints its figure on one line and fails on any that gets
 * through.
 */
class AttackSuiteIT extends DeployedEarSupport {

  /** A write of the API: its method, its path with placeholders filled, its body types. */
  private record Write(String method, String path, Set<String> bodyTypes) {
    @Override
    public String toString() {
      return method + " /api" + path;
    }
  }

  /** Writes open to anyone (they read and change nothing): the public check of a credential. */
  private static final Set<String> OPEN = Set.of("/credentials/verification");

  /** The paths of the API's OpenAPI document, as the server publishes it. */
  private JsonObject openApiPaths() throws Exception {
    HttpResponse<String> doc =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(root() + "api/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString());
    try (var r = Json.createReader(new StringReader(doc.body()))) {
      return r.readObject().getJsonObject("paths");
    }
  }

  private List<Write> writes() throws Exception {
    JsonObject paths = openApiPaths();
    List<Write> out = new ArrayList<>();
    for (Map.Entry<String, jakarta.json.JsonValue> p : paths.entrySet()) {
      for (Map.Entry<String, jakarta.json.JsonValue> op : p.getValue().asJsonObject().entrySet()) {
        String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
        if (!Set.of("POST", "PUT", "PATCH", "DELETE").contains(method)
            || OPEN.contains(p.getKey())) {
          continue;
        }
        JsonObject body = op.getValue().asJsonObject().getJsonObject("requestBody");
        Set<String> types = body == null ? Set.of() : body.getJsonObject("content").keySet();
        // Placeholders get values that exist in the demo where it matters (a user name).
        String path = p.getKey().replace("{username}", "mediatrice").replaceAll("\\{[^}]+}", "1");
        out.add(new Write(method, path, types));
      }
    }
    assertTrue(out.size() >= 19, "the OpenAPI document lists the writes: " + out);
    return out;
  }

  private HttpResponse<String> send(
      HttpClient http, Write w, Map<String, String> headers, String type, String body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(root() + "api" + w.path()))
            .header("Accept-Language", "fr")
            // The server may answer before the body is sent (an oversized one is never read).
            .version(HttpClient.Version.HTTP_1_1)
            .expectContinue(body != null && body.length() > 1024 * 1024);
    headers.forEach(b::header);
    if (type != null) {
      b.header("Content-Type", type);
    }
    b.method(
        w.method(),
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String message(HttpResponse<String> r) {
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject().getString("message");
    } catch (RuntimeException e) {
      return "";
    }
  }

  @Test
  void crossSiteFormsAndScriptsChangeNothing() throws Exception {
    HttpClient admin = loggedIn("admin", DemoAccounts.PASSWORD);
    String self = root().replaceAll("/$", "");
    List<String> accepted = new ArrayList<>();
    int attempts = 0;
    for (Write w : writes()) {
      // An HTML form of another site: its origin, a form body (or none).
      var attacks =
          List.of(
              send(
                  admin,
                  w,
                  Map.of("Origin", "http://evil.example"),
                  "application/x-www-form-urlencoded",
                  "a=b"),
              send(admin, w, Map.of("Origin", "http://evil.example"), "text/plain", "{}"),
              // A script of another site that could send JSON (a CORS preflight it never gets).
              send(admin, w, Map.of("Origin", "http://evil.example"), "application/json", "{}"),
              send(
                  admin,
                  w,
                  Map.of("Referer", "http://evil.example/page"),
                  "application/json",
                  "{}"),
              // A request that names no origin at all.
              send(admin, w, Map.of(), "application/json", "{}"),
              // From this site, but as a form: a type no form of ours sends to the API.
              send(admin, w, Map.of("Origin", self), "text/plain", "{}"),
              send(admin, w, Map.of("Origin", self), "application/x-www-form-urlencoded", "a=b"));
      for (HttpResponse<String> r : attacks) {
        attempts++;
        if (r.statusCode() == 403 || r.statusCode() == 415) {
          assertTrue(!message(r).isEmpty(), w + ": a translated message");
        } else if (!(w.method().equals("DELETE") && r.statusCode() == 400)) {
          // (The container itself refuses a DELETE that carries a body, before the application.)
          accepted.add(w + " → " + r.statusCode());
        }
      }
    }
    System.out.println(
        "Cross-site writes: " + attempts + " attempts, " + accepted.size() + " accepted");
    assertEquals(List.of(), accepted);
  }

  @Test
  void malformedOversizedDeepAndUnknownJsonIsRefusedWithAMessage() throws Exception {
    HttpClient adminClient = loggedIn("admin", DemoAccounts.PASSWORD);
    HttpClient juror = loggedIn("jure", DemoAccounts.PASSWORD);
    HttpClient mediator = loggedIn("mediatrice", DemoAccounts.PASSWORD);
    // Each write by someone its roles allow, so that its body is what gets refused.
    java.util.function.Function<Write, HttpClient> allowed =
        w ->
            w.path().startsWith("/exam-sessions/candidates/")
                ? juror
                : w.path().startsWith("/plans/me/") || w.path().startsWith("/logbook/")
                    ? mediator
                    : adminClient;
    String self = root().replaceAll("/$", "");
    String deep = "[".repeat(20_000) + "]".repeat(20_000);
    String huge = "{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    List<String> wrong = new ArrayList<>();
    int attempts = 0;
    for (Write w : writes()) {
      if (!w.bodyTypes().contains("application/json")) {
        continue;
      }
      Map<String, Integer> bodies =
          Map.of(
              "{\"title\":",
              400,
              "{\"unknownFieldOfAnAttacker\":1}",
              400,
              deep,
              400,
              "{\"a\":" + deep + "}",
              400);
      for (Map.Entry<String, Integer> b : bodies.entrySet()) {
        attempts++;
        HttpResponse<String> r =
            send(allowed.apply(w), w, Map.of("Origin", self), "application/json", b.getKey());
        if (r.statusCode() != b.getValue() || message(r).isEmpty()) {
          wrong.add(
              w
                  + " "
                  + b.getKey().substring(0, Math.min(30, b.getKey().length()))
                  + " → "
                  + r.statusCode()
                  + " "
                  + r.body().substring(0, Math.min(200, r.body().length())));
        }
      }
      attempts++;
      HttpResponse<String> r =
          send(allowed.apply(w), w, Map.of("Origin", self), "application/json", huge);
      // The library import takes a whole exported library (32 MB): there 2 MB is only invalid.
      int expected = w.path().equals("/library/imports") ? 400 : 413;
      if (r.statusCode() != expected || message(r).isEmpty()) {
        wrong.add(w + " 2 MB → " + r.statusCode());
      }
    }
    System.out.println(
        "Malformed, oversized and nested JSON: "
            + attempts
            + " writes, "
            + wrong.size()
            + " not refused");
    assertEquals(List.of(), wrong);
  }

  /** Strings an attacker tries in search, filter, sort and paging parameters. */
  private static final List<String> INJECTIONS =
      List.of(
          "' OR '1'='1",
          "1; DROP TABLE app_user--",
          "%' --",
          "\") OR 1=1 --",
          "1 UNION SELECT password_hash FROM app_user",
          "*:*",
          "title:* OR body:*",
          "a AND (b",
          "\\",
          "../../etc/passwd",
          "<script>alert(1)</script>",
          "%00",
          "-1",
          "2147483648",
          "99999999999999999999",
          "1e9",
          "NaN",
          "",
          " ",
          "é😀",
          "x".repeat(5000),
          "2026-13-45",
          "${jndi:ldap://example.invalid/a}",
          "ORDER BY 1",
          "createdAt DESC; --");

  @Test
  void injectionStringsInEveryQueryParameterAnswerWithoutAFailureNorOthersData() throws Exception {
    JsonObject paths = openApiPaths();
    HttpClient admin = loggedIn("admin", DemoAccounts.PASSWORD);
    HttpClient manager = loggedIn("gestionnaire", DemoAccounts.PASSWORD);
    List<String> failures = new ArrayList<>();
    int attempts = 0;
    for (Map.Entry<String, jakarta.json.JsonValue> p : paths.entrySet()) {
      JsonObject get = p.getValue().asJsonObject().getJsonObject("get");
      if (get == null || !get.containsKey("parameters")) {
        continue;
      }
      String path = p.getKey().replace("{username}", "mediatrice").replaceAll("\\{[^}]+}", "1");
      for (jakarta.json.JsonValue v : get.getJsonArray("parameters")) {
        JsonObject param = v.asJsonObject();
        if (!"query".equals(param.getString("in"))) {
          continue;
        }
        for (String payload : INJECTIONS) {
          String url =
              root()
                  + "api"
                  + path
                  + "?"
                  + param.getString("name")
                  + "="
                  + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8);
          for (HttpClient who : List.of(admin, manager)) {
            attempts++;
            HttpResponse<String> r =
                who.send(
                    HttpRequest.newBuilder(URI.create(url))
                        .version(HttpClient.Version.HTTP_1_1)
                        .header("Accept-Language", "fr")
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 500) {
              failures.add(
                  path
                      + "?"
                      + param.getString("name")
                      + "="
                      + payload.substring(0, Math.min(20, payload.length()))
                      + " → "
                      + r.statusCode());
            }
          }
        }
      }
    }
    // No data from elsewhere: an injected search finds no more organisations than an empty one.
    long all = total(manager, "api/organisations?q=");
    for (String payload : INJECTIONS) {
      attempts++;
      long found =
          total(
              manager,
              "api/organisations?q="
                  + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8));
      if (found > all) {
        failures.add("organisations?q=" + payload + " found " + found + " of " + all);
      }
    }
    System.out.println(
        "Injection strings in query parameters: "
            + attempts
            + " attempts, "
            + failures.size()
            + " failures or leaks");
    assertEquals(List.of(), failures);
  }

  private long total(HttpClient http, String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(root() + path))
                .version(HttpClient.Version.HTTP_1_1)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      return 0;
    }
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject().getJsonNumber("total").longValue();
    }
  }
}
