package fr.capacite.web.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.DeployedEarSupport;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The library as JSON: French search with facets, writing with conflicts, history and diffs, export
 * and import with all revisions, proposals, reviews and ratings — with the pages' rules.
 */
class LibraryApiIT extends DeployedEarSupport {

  private static JsonObject json(HttpResponse<String> r) {
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject();
    }
  }

  private static String form(String title, String text, String why) {
    return "{\"title\":\""
        + title
        + "\",\"summary\":\"Un atelier pour les parents.\",\"themes\":[\"PARENTALITE\"],"
        + "\"type\":\"RESSOURCE_PEDAGOGIQUE\",\"audiences\":[\"PARENTS\"],"
        + "\"formats\":[\"ATELIER_COLLECTIF\"],\"durationMinutes\":60,\"level\":\"DEBUTANT\","
        + "\"blocks\":[{\"kind\":\"SECTION\",\"heading\":\"Déroulé\"},{\"kind\":\"TEXT\",\"body\":\""
        + text
        + "\"}],\"pixCodes\":[\"2.1\"],\"changeSummary\":\""
        + why
        + "\"}";
  }

  @Test
  void searchInFrenchWithFacets() throws Exception {
    HttpClient juror = loggedIn("jure", DemoAccounts.PASSWORD);
    JsonObject cyber = json(send(juror, "GET", "api/library/search?theme=CYBER&size=50", null));
    assertTrue(cyber.getJsonObject("results").getInt("total") >= 1, cyber.toString());
    assertTrue(
        !cyber
            .getJsonObject("results")
            .getJsonArray("items")
            .toString()
            .contains("demarche-administrative"),
        "filtered by theme");
    // The next search has no filter: nothing of the previous request may leak into it.
    String q = URLEncoder.encode("démarches administratives", StandardCharsets.UTF_8);
    HttpResponse<String> r = send(juror, "GET", "api/library/search?q=" + q, null);
    assertEquals(200, r.statusCode(), r.body());
    JsonObject page = json(r);
    assertTrue(
        page.getJsonObject("results").getJsonArray("items").toString().contains("demarche"),
        r.body());
    assertTrue(page.getJsonObject("facets").containsKey("theme"), r.body());
    assertEquals(
        "library.search.badOrder",
        json(send(juror, "GET", "api/library/search?q=x&order=NOPE", null)).getString("code"));
  }

  @Test
  void anyoneSearchesThePublishedResourcesWithoutAnAccount() throws Exception {
    HttpClient anyone = HttpClient.newHttpClient();
    HttpResponse<String> r = send(anyone, "GET", "api/library/search?size=100", null);
    assertEquals(200, r.statusCode(), r.body());
    var items = json(r).getJsonObject("results").getJsonArray("items");
    assertTrue(items.size() >= 1, "the demo library has published resources: " + r.body());
    for (var item : items.getValuesAs(JsonObject.class)) {
      assertEquals("PUBLISHED", item.getString("state"), item.toString());
    }
    // An account sees more: the resources submitted or in review too.
    HttpClient juror = loggedIn("jure", DemoAccounts.PASSWORD);
    long members =
        json(send(juror, "GET", "api/library/search?size=100", null))
            .getJsonObject("results")
            .getJsonNumber("total")
            .longValue();
    assertTrue(
        members > json(r).getJsonObject("results").getJsonNumber("total").longValue(),
        "members " + members + ", anyone " + r.body());
    // Reading a published resource needs no account either; a resource in review does not
    // exist for such a reader.
    String slug = items.getValuesAs(JsonObject.class).get(0).getString("slug");
    HttpResponse<String> read = send(anyone, "GET", "api/library/resources/" + slug, null);
    assertEquals(200, read.statusCode(), read.body());
    assertEquals("PUBLISHED", json(read).getString("state"));
    JsonObject all =
        json(send(juror, "GET", "api/library/search?size=100", null)).getJsonObject("results");
    String inReview =
        all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(i -> !i.getString("state").equals("PUBLISHED"))
            .findFirst()
            .orElseThrow()
            .getString("slug");
    assertEquals(404, send(anyone, "GET", "api/library/resources/" + inReview, null).statusCode());
    assertEquals(200, send(juror, "GET", "api/library/resources/" + inReview, null).statusCode());
    // Writing still needs an account.
    assertEquals(
        401, send(anyone, "POST", "api/library/resources", form("X", "y", "z")).statusCode());
  }

  @Test
  void writeReadHistoryExportImportProposeReviewRate() throws Exception {
    HttpClient author = loggedIn("mediatrice", DemoAccounts.PASSWORD);
    HttpResponse<String> created =
        send(
            author,
            "POST",
            "api/library/resources",
            form("Écrans et sommeil API", "Premier jet.", "Création"));
    assertEquals(201, created.statusCode(), created.body());
    String slug = json(created).getString("slug");
    assertEquals(
        400, send(author, "POST", "api/library/resources", "{\"title\":").statusCode(), "bad JSON");

    HttpResponse<String> saved =
        send(
            author,
            "PUT",
            "api/library/resources/" + slug + "?basedOn=1",
            form("Écrans et sommeil API", "Second jet.", "Relecture"));
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(2, json(saved).getInt("latest"));
    assertEquals(
        409,
        send(
                author,
                "PUT",
                "api/library/resources/" + slug + "?basedOn=1",
                form("Écrans", "Autre.", "x"))
            .statusCode(),
        "a stale base is a conflict");
    HttpClient other = loggedIn("apprenant", DemoAccounts.PASSWORD);
    assertEquals(
        404,
        send(other, "GET", "api/library/resources/" + slug, null).statusCode(),
        "a draft is its maintainers' only");
    assertEquals(
        200,
        send(author, "POST", "api/library/resources/" + slug + "/submission", null).statusCode());
    assertEquals(
        "library.notMaintainer",
        json(send(
                other,
                "PUT",
                "api/library/resources/" + slug + "?basedOn=2",
                form("Écrans", "Pirate.", "x")))
            .getString("code"));

    JsonObject history =
        json(send(other, "GET", "api/library/resources/" + slug + "/revisions", null));
    assertEquals(2, history.getInt("total"));
    JsonObject diff =
        json(send(other, "GET", "api/library/resources/" + slug + "/diff?from=1&to=2", null));
    assertTrue(diff.getJsonArray("blocks").toString().contains("Second"), diff.toString());

    HttpResponse<String> exported =
        send(other, "GET", "api/library/resources/" + slug + "/export", null);
    assertEquals(200, exported.statusCode(), exported.body());
    assertEquals(2, json(exported).getJsonArray("revisions").size());
    HttpResponse<String> imported = send(other, "POST", "api/library/imports", exported.body());
    assertEquals(201, imported.statusCode(), imported.body());
    String copy = json(imported).getString("slug");
    JsonObject copied =
        json(send(other, "GET", "api/library/resources/" + copy + "/revisions", null));
    assertEquals(2, copied.getInt("total"));
    assertTrue(
        copied.getJsonArray("items").toString().contains("Import — révision 2 de Maya Médiatrice"),
        copied.toString());
    assertEquals(
        "library.import.format",
        json(send(other, "POST", "api/library/imports", "{\"format\":9,\"revisions\":[]}"))
            .getString("code"));

    HttpResponse<String> proposed =
        send(
            other,
            "POST",
            "api/library/resources/" + slug + "/proposals",
            "{\"basedOn\":2,\"blocks\":[{\"kind\":\"SECTION\",\"heading\":\"Déroulé\"},{\"kind\":\"TEXT\",\"body\":\"Second jet, relu par un collègue.\"}],\"summary\":\"Précision\"}");
    assertEquals(201, proposed.statusCode(), proposed.body());
    JsonObject proposal = json(proposed);
    JsonObject decided =
        json(
            send(
                author,
                "POST",
                "api/library/proposals/" + proposal.getJsonNumber("id") + "/decision",
                "{\"version\":"
                    + proposal.getJsonNumber("entityVersion")
                    + ",\"accepted\":"
                    + proposal.getJsonArray("decidable")
                    + "}"));
    assertEquals("ACCEPTED", decided.getString("status"), decided.toString());

    HttpClient curator = loggedIn("curateur", DemoAccounts.PASSWORD);
    assertEquals(
        403, send(other, "POST", "api/library/resources/" + slug + "/reviews", null).statusCode());
    HttpResponse<String> started =
        send(curator, "POST", "api/library/resources/" + slug + "/reviews", null);
    assertEquals(201, started.statusCode(), started.body());
    JsonObject review = json(started);
    String scores =
        "{\"ACCURACY\":3,\"PEDAGOGY\":3,\"ACCESSIBILITY\":2,\"LICENCE_SOURCES\":3,\"UP_TO_DATE\":3,\"ALIGNMENT\":2}";
    HttpResponse<String> labelled =
        send(
            curator,
            "PUT",
            "api/library/reviews/" + review.getJsonNumber("id"),
            "{\"version\":"
                + review.getJsonNumber("entityVersion")
                + ",\"scores\":"
                + scores
                + ",\"decision\":\"LABEL\"}");
    assertEquals(200, labelled.statusCode(), labelled.body());
    assertTrue(
        json(labelled).getString("status").equals("LABELLED")
            || json(labelled).getString("status").equals("AWAITING_CONSENT"));
    assertEquals(
        1,
        Json.createReader(
                new StringReader(
                    send(other, "GET", "api/library/resources/" + slug + "/reviews", null).body()))
            .readArray()
            .size());

    JsonObject rated =
        json(
            send(
                other,
                "POST",
                "api/library/resources/" + slug + "/ratings",
                "{\"score\":4,\"comment\":\"Utile.\"}"));
    assertEquals(1, rated.getInt("ratings"));
    assertEquals(
        "library.rating.score",
        json(send(other, "POST", "api/library/resources/" + slug + "/ratings", "{\"score\":9}"))
            .getString("code"));
  }
}
