package fr.capacite.web.jury;

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
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exam-session API gives each caller what the pages give them. */
class JuryApiIT extends DeployedEarSupport {

  private HttpResponse<String> get(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(root() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> r) {
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject();
    }
  }

  @Test
  void jurorsSeeTheirSessionsAndOthersAreRefused() throws Exception {
    HttpClient juror = loggedIn("jure2", DemoAccounts.PASSWORD);
    JsonObject page = json(get(juror, "api/exam-sessions"));
    assertTrue(page.getJsonArray("items").size() >= 1);
    long id = page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject detail = json(get(juror, "api/exam-sessions/" + id));
    assertTrue(detail.getJsonArray("candidates").size() > 0);
    assertEquals(3, detail.getJsonArray("jury").size());
    assertEquals("jure2", json(get(juror, "api/exam-sessions/me")).getString("username"));

    HttpResponse<String> learner =
        get(loggedIn("mediatrice", DemoAccounts.PASSWORD), "api/exam-sessions");
    assertEquals(403, learner.statusCode());
    HttpResponse<String> missing = get(juror, "api/exam-sessions/999999");
    assertEquals(404, missing.statusCode());
  }

  /** Expected situations on the score-sheet page answer 4xx with their message, never a 500. */
  @Test
  void aSheetThatCannotBeScoredNowAnswers409AndAnUnreadableIdAnswers400() throws Exception {
    HttpClient juror = loggedIn("jure", DemoAccounts.PASSWORD);
    JsonObject published =
        json(get(juror, "api/exam-sessions")).getJsonArray("items").stream()
            .map(v -> v.asJsonObject())
            .filter(o -> "PUBLISHED".equals(o.getString("status")))
            .findFirst()
            .orElseThrow();
    long candidate =
        json(get(juror, "api/exam-sessions/" + published.getJsonNumber("id").longValue()))
            .getJsonArray("candidates")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> closed = get(juror, "jury/sheet.xhtml?candidate=" + candidate);
    assertEquals(409, closed.statusCode());
    assertTrue(closed.body().contains("La notation n’est pas ouverte"), closed.body());
    assertTrue(closed.body().contains("Retour aux sessions d’examen"));
    HttpResponse<String> unreadable = get(juror, "jury/sheet.xhtml?candidate=abc");
    assertEquals(400, unreadable.statusCode());
  }

  @Test
  void aJurorWritesOnlyTheirOwnSheetAndBadInputIsRefusedWithJson() throws Exception {
    HttpClient juror = loggedIn("jure", DemoAccounts.PASSWORD);
    JsonObject page = json(get(juror, "api/exam-sessions"));
    long session = page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    long candidate =
        json(get(juror, "api/exam-sessions/" + session))
            .getJsonArray("candidates")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String path = "api/exam-sessions/candidates/" + candidate + "/sheet";
    HttpResponse<String> garbled = put(juror, path, "{not json");
    assertEquals(400, garbled.statusCode());
    assertEquals("error.api.badJson", json(garbled).getString("code"));
    HttpResponse<String> current = get(juror, path);
    long version =
        current.statusCode() == 200 ? json(current).getJsonNumber("entityVersion").longValue() : 0;
    HttpResponse<String> outOfRange =
        put(juror, path, "{\"version\":" + version + ",\"scores\":{\"b:1\":9},\"submit\":false}");
    // Refused either way: 403 when the juror is excluded from the candidate (R3), else 400.
    assertEquals(
        "jury.sheet.excluded".equals(json(outOfRange).getString("code")) ? 403 : 400,
        outOfRange.statusCode());
    assertTrue(
        List.of(
                "jury.sheet.notOpen",
                "jury.sheet.scoreOutOfRange",
                "jury.sheet.blockNotAssessed",
                "jury.sheet.excluded")
            .contains(json(outOfRange).getString("code")),
        outOfRange.body());
    assertEquals(
        403,
        get(loggedIn("mediatrice", DemoAccounts.PASSWORD), path).statusCode(),
        "no learner reads a sheet");
  }

  private HttpResponse<String> put(HttpClient http, String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(root() + path))
            .header("Content-Type", "application/json")
            .header("Origin", root().toString().replaceAll("/$", ""))
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aManagerAssignsAJurorThroughTheApiUnderTheSameRules() throws Exception {
    HttpClient manager = loggedIn("gestionnaire", DemoAccounts.PASSWORD);
    JsonObject page = json(get(manager, "api/exam-sessions?size=200"));
    // Any session of the centre: planned ones refuse a non-juror, later ones refuse any change.
    long session = page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    HttpResponse<String> notJuror =
        send(manager, "PUT", "api/exam-sessions/" + session + "/jury/mediatrice");
    assertEquals(400, notJuror.statusCode());
    assertTrue(
        List.of("jury.juror.notJuror", "jury.session.locked")
            .contains(json(notJuror).getString("code")),
        notJuror.body());
    HttpResponse<String> forbidden =
        send(
            loggedIn("jure", DemoAccounts.PASSWORD),
            "PUT",
            "api/exam-sessions/" + session + "/jury/jure");
    assertEquals(403, forbidden.statusCode(), "a juror does not compose juries");
  }

  private HttpResponse<String> send(HttpClient http, String method, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(root() + path))
            .header("Origin", root().replaceAll("/$", ""))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
