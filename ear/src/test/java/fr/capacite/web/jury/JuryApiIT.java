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
}
