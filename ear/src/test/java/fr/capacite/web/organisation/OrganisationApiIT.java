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
import java.util.List;
import org.junit.jupiter.api.Test;

/** The organisations API gives each caller exactly what the pages give them. */
class OrganisationApiIT extends DeployedEarSupport {

  private HttpResponse<String> get(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(root() + path))
            .header("Accept", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> r) {
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject();
    }
  }

  private static List<String> names(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(o -> o.asJsonObject().getString("name"))
        .toList();
  }

  @Test
  void anonymousCallsAreRefusedWithJson() throws Exception {
    HttpResponse<String> r = get(HttpClient.newHttpClient(), "api/organisations");
    // Nobody is logged in: 401, not 403 (which says that the caller's roles do not allow it).
    assertEquals(401, r.statusCode());
    assertEquals("error.api.unauthenticated", json(r).getString("code"));
  }

  @Test
  void refusalsSpeakTheAccountsLanguageWhateverTheClientAsks() throws Exception {
    HttpClient http = loggedIn("conseiller", DemoAccounts.PASSWORD);
    try {
      send(http, "GET", "language?set=en&return=/index.xhtml", null);
      // Without the browser's language cookie, and asking for French: the account says English.
      var cookies = ((java.net.CookieManager) http.cookieHandler().orElseThrow()).getCookieStore();
      cookies.getCookies().stream()
          .filter(c -> c.getName().equals("capacite-lang"))
          .toList()
          .forEach(c -> cookies.getURIs().forEach(u -> cookies.remove(u, c)));
      HttpResponse<String> r = send(http, "GET", "api/library/resources/no-such-resource", null);
      assertEquals(404, r.statusCode());
      assertTrue(json(r).getString("message").startsWith("Not found"), r.body());
      // Nobody logged in: the client's Accept-Language decides.
      HttpResponse<String> anonymous =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(root() + "api/organisations"))
                      .header("Accept-Language", "en")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(401, anonymous.statusCode());
      assertTrue(!json(anonymous).getString("message").contains("é"), anonymous.body());
    } finally {
      send(http, "GET", "language?set=fr&return=/index.xhtml", null);
    }
    HttpResponse<String> r = send(http, "GET", "api/library/resources/no-such-resource", null);
    assertTrue(json(r).getString("message").startsWith("Élément introuvable"), r.body());
  }

  @Test
  void managersGetTheirOwnOrganisationsOnlyAndForgedIdsAreNotFound() throws Exception {
    HttpClient admin = loggedIn("admin", DemoAccounts.PASSWORD);
    JsonObject all = json(get(admin, "api/organisations?size=200"));
    assertTrue(
        names(all)
            .containsAll(List.of("Les Ateliers du Numérique", "Tiers-Lieu Formation Occitanie")));
    long occitanie =
        all.getJsonArray("items").stream()
            .map(o -> o.asJsonObject())
            .filter(o -> o.getString("name").equals("Tiers-Lieu Formation Occitanie"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        "EXPIRED", json(get(admin, "api/organisations/" + occitanie)).getString("qualiopi"));

    HttpClient manager = loggedIn("gestionnaire", DemoAccounts.PASSWORD);
    List<String> mine = names(json(get(manager, "api/organisations")));
    assertTrue(mine.contains("Les Ateliers du Numérique"));
    assertFalse(mine.contains("Tiers-Lieu Formation Occitanie"));
    HttpResponse<String> forged = get(manager, "api/organisations/" + occitanie);
    assertEquals(404, forged.statusCode());
    assertFalse(forged.body().contains("Tiers-Lieu"));

    HttpResponse<String> mediator =
        get(loggedIn("mediatrice", DemoAccounts.PASSWORD), "api/organisations");
    assertEquals(403, mediator.statusCode());
  }
}
