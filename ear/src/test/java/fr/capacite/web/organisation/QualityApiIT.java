package fr.capacite.web.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The quality figures as JSON and CSV, with the dashboard's permissions. */
class QualityApiIT extends DeployedEarSupport {

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

  private long organisationId(HttpClient admin, String name) throws Exception {
    return json(get(admin, "api/organisations?size=200")).getJsonArray("items").stream()
        .map(o -> o.asJsonObject())
        .filter(o -> o.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void administratorsCompareOrganisationsAsJsonAndCsv() throws Exception {
    HttpClient admin = loggedIn("admin", DemoAccounts.PASSWORD);
    HttpResponse<String> r = get(admin, "api/quality?from=2024-01-01&to=2028-12-31");
    assertEquals(200, r.statusCode(), r.body());
    JsonObject report = json(r);
    assertTrue(report.getJsonArray("rows").size() >= 2);
    assertTrue(report.getJsonObject("total").getJsonNumber("learners").longValue() > 0);
    assertEquals(3, report.getJsonArray("bpf").size());

    HttpResponse<String> csv =
        get(admin, "api/quality/quality.csv?from=2024-01-01&to=2028-12-31&lang=en");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
    assertTrue(lines[0].startsWith("Name,Start,End,Learners,End-of-training satisfaction (%)"));
    assertTrue(lines[lines.length - 1].startsWith("Total,"));
    assertTrue(csv.body().contains("Tiers-Lieu Formation Occitanie"));

    HttpResponse<String> tooLong = get(admin, "api/quality?from=2020-01-01&to=2030-12-31");
    assertEquals(400, tooLong.statusCode());
    assertEquals("quality.periodTooLong", json(tooLong).getString("code"));
    HttpResponse<String> bad = get(admin, "api/quality?from=2026-13-01");
    assertEquals(400, bad.statusCode());
    assertEquals("quality.badDate", json(bad).getString("code"));
  }

  @Test
  void managersReadTheirOwnOrganisationOnly() throws Exception {
    HttpClient admin = loggedIn("admin", DemoAccounts.PASSWORD);
    long mine = organisationId(admin, "Les Ateliers du Numérique");
    long other = organisationId(admin, "Tiers-Lieu Formation Occitanie");
    HttpClient manager = loggedIn("gestionnaire", DemoAccounts.PASSWORD);
    HttpResponse<String> own = get(manager, "api/quality?organisation=" + mine);
    assertEquals(200, own.statusCode());
    assertEquals("Les Ateliers du Numérique", json(own).getJsonObject("total").getString("label"));
    HttpResponse<String> forged = get(manager, "api/quality?organisation=" + other);
    assertEquals(404, forged.statusCode());
    assertFalse(forged.body().contains("Tiers-Lieu"));
    assertEquals(403, get(manager, "api/quality").statusCode(), "comparing is for administrators");
    assertEquals(
        403,
        get(loggedIn("formatrice", DemoAccounts.PASSWORD), "api/quality?organisation=" + mine)
            .statusCode());
  }
}
