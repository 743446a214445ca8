package fr.capacite.web.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A candidate finds the convocation to their coming exam session on their results page, as a sealed
 * PDF in their language; the centre's manager gets it too; another learner and a visitor get none.
 */
class ExamConvocationApiIT extends DeployedEarSupport {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static final Pattern LINK =
      Pattern.compile("api/exam-sessions/candidates/(\\d+)/convocation\\.pdf");

  private HttpResponse<byte[]> get(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(root() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The demo's winter session as its centre's manager reads it: its day and its candidates. */
  private JsonObject winterSession(HttpClient manager) throws Exception {
    HttpResponse<String> list = send(manager, "GET", "api/exam-sessions?size=200", null);
    assertEquals(200, list.statusCode());
    try (var r = Json.createReader(new StringReader(list.body()))) {
      for (var v : r.readObject().getJsonArray("items")) {
        JsonObject s = v.asJsonObject();
        if (s.getString("title").contains("session de l'hiver")) {
          HttpResponse<String> detail =
              send(manager, "GET", "api/exam-sessions/" + s.getJsonNumber("id").longValue(), null);
          assertEquals(200, detail.statusCode());
          try (var d = Json.createReader(new StringReader(detail.body()))) {
            return d.readObject();
          }
        }
      }
    }
    throw new AssertionError("the demo has its winter session");
  }

  @Test
  void theConvocationIsTheCandidatesAndTheCentresOnly() throws Exception {
    HttpClient manager = loggedIn("gestionnaire", DemoAccounts.PASSWORD);
    // The demo's winter session is dated the day the demo was loaded, which is yesterday when the
    // run passes midnight in Paris: then it is no longer to come, and results pages do not list it.
    JsonObject session = winterSession(manager);
    boolean toCome = !LocalDate.parse(session.getString("day")).isBefore(LocalDate.now(PARIS));
    String candidate = null;
    String learner = null;
    String other = null;
    for (String who : List.of("apprenant", "mediatrice", "conseiller")) {
      String id = null;
      for (var v : session.getJsonArray("candidates")) {
        if (v.asJsonObject().getString("username").equals(who)) {
          id = String.valueOf(v.asJsonObject().getJsonNumber("id").longValue());
        }
      }
      HttpClient http = loggedIn(who, DemoAccounts.PASSWORD);
      String page = new String(get(http, "path/results.xhtml").body(), StandardCharsets.UTF_8);
      List<String> linked = LINK.matcher(page).results().map(m -> m.group(1)).toList();
      if (id != null && candidate == null) {
        candidate = id;
        learner = who;
        assertEquals(
            toCome, linked.contains(id), "the winter session is listed while it is to come");
      } else if (id == null) {
        other = who;
        assertTrue(linked.isEmpty(), who + " sits no session");
      }
    }
    assertNotNull(candidate, "a demo learner sits the winter session");
    assertNotNull(other, "a demo learner does not");
    String path = "api/exam-sessions/candidates/" + candidate + "/convocation.pdf";
    for (String lang : new String[] {"fr", "en"}) {
      HttpResponse<byte[]> r =
          get(loggedIn(learner, DemoAccounts.PASSWORD), path + "?lang=" + lang);
      assertEquals(200, r.statusCode());
      assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
      assertEquals("%PDF-", new String(r.body(), 0, 5, StandardCharsets.US_ASCII));
    }
    assertEquals(
        200, get(loggedIn("gestionnaire", DemoAccounts.PASSWORD), path).statusCode(), "the centre");
    assertEquals(
        404, get(loggedIn(other, DemoAccounts.PASSWORD), path).statusCode(), "another learner");
    assertEquals(
        403, get(loggedIn("formatrice", DemoAccounts.PASSWORD), path).statusCode(), "a trainer");
    assertEquals(401, get(HttpClient.newHttpClient(), path).statusCode(), "a visitor");
  }
}
