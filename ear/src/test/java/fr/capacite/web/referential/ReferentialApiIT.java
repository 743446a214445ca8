package fr.capacite.web.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.testing.DeployedEarSupport;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The read-only JSON API and the OpenAPI document, over HTTP against the deployed EAR. */
class ReferentialApiIT extends DeployedEarSupport {

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String language) throws Exception {
    String root = root();
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "application/json");
    if (language != null) {
      r.header("Accept-Language", language);
    }
    return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonStructure json(HttpResponse<String> r) {
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.read();
    }
  }

  @Test
  void versionsArePaginated() throws Exception {
    HttpResponse<String> r = get("api/referential/versions?first=0&size=2", null);
    assertEquals(200, r.statusCode());
    JsonObject page = (JsonObject) json(r);
    assertEquals(2, page.getJsonArray("items").size());
    assertTrue(page.getInt("total") >= 3);
    JsonObject all = (JsonObject) json(get("api/referential/versions?first=0&size=200", null));
    List<String> codes =
        all.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("code")).toList();
    assertTrue(
        codes.indexOf("CMN-2015") < codes.indexOf("REMN-2019")
            && codes.indexOf("REMN-2019") < codes.indexOf("MN-2025"),
        codes::toString);
    assertTrue(codes.indexOf("CMN-2015") >= 0);
  }

  @Test
  void remnCcp1CompetencesAreServed() throws Exception {
    HttpResponse<String> r =
        get("api/referential/versions/REMN-2019/blocks/CCP1/competences", null);
    assertEquals(200, r.statusCode());
    JsonArray competences = (JsonArray) json(r);
    assertEquals(4, competences.size());
    assertTrue(
        competences.getJsonObject(0).getString("title").startsWith("Élaborer des programmes"));
    JsonArray pix = (JsonArray) json(get("api/referential/pix", null));
    assertEquals(5, pix.size());
  }

  @Test
  void unknownVersionIsATranslatedJsonError() throws Exception {
    HttpResponse<String> fr = get("api/referential/versions/NOPE", null);
    assertEquals(404, fr.statusCode());
    JsonObject error = (JsonObject) json(fr);
    assertEquals("error.notFound", error.getString("code"));
    assertTrue(error.getString("message").startsWith("Élément introuvable"));
    JsonObject en = (JsonObject) json(get("api/referential/versions/NOPE", "en"));
    assertTrue(en.getString("message").startsWith("Not found"));
    HttpResponse<String> unknownPath = get("api/nowhere", null);
    assertEquals(404, unknownPath.statusCode());
    assertFalse(unknownPath.body().contains("Exception"));
  }

  @Test
  void theOpenApiDocumentListsEveryEndpoint() throws Exception {
    JsonObject doc = (JsonObject) json(get("api/openapi.json", null));
    JsonObject paths = doc.getJsonObject("paths");
    List<String> expected =
        List.of(
            "/openapi.json",
            "/health",
            "/cohorts/by-organisation/{organisation}",
            "/cohorts/{id}",
            "/cohorts/{id}/sessions",
            "/cohorts/sessions/{session}/attendance",
            "/enrolments/{id}/documents/convocation.pdf",
            "/enrolments/{id}/documents/certificate.pdf",
            "/enrolments/{id}/documents/end-of-training.pdf",
            "/exam-sessions",
            "/exam-sessions/{id}",
            "/exam-sessions/me",
            "/exam-sessions/{id}/deliberation",
            "/exam-sessions/candidates/{candidate}/sheet",
            "/exam-sessions/candidates/{candidate}/result.pdf",
            "/exam-sessions/candidates/{candidate}/convocation.pdf",
            "/exam-sessions/candidates/{candidate}/livret.pdf",
            "/exam-sessions/{id}/pv.pdf",
            "/exam-sessions/{id}/results.csv",
            "/verify/{code}",
            "/verify/pv/{code}",
            "/exam-sessions/candidates/{candidate}/dp.pdf",
            "/exam-sessions/{id}/pv",
            "/logbook/entries.csv",
            "/logbook/entries",
            "/logbook/entries/{id}",
            "/logbook/dossier.pdf",
            "/observatory/figures.csv",
            "/organisations",
            "/organisations/{id}",
            "/organisations/{id}/practice",
            "/organisations/{id}/practice.csv",
            "/organisations/{id}/sites.csv",
            "/organisations/{id}/offer.xml",
            "/organisations/offers.xml",
            "/quality",
            "/quality/quality.csv",
            "/audit/audit.csv",
            "/schedule/cohorts/{id}.ics",
            "/schedule/mine.ics",
            "/referential/certifications",
            "/referential/pix",
            "/referential/versions",
            "/referential/versions/{code}",
            "/referential/versions/{code}/blocks",
            "/referential/versions/{code}/blocks/{block}/competences",
            "/catalogue/modules",
            "/catalogue/modules/{code}",
            "/catalogue/paths",
            "/catalogue/paths/{code}",
            "/plans",
            "/plans/me",
            "/plans/{username}",
            "/credentials",
            "/credentials/{id}",
            "/credentials/{id}.jwt",
            "/credentials/{id}.pdf",
            "/credentials/{id}/check",
            "/credentials/issuer",
            "/credentials/keys",
            "/credentials/keys/{name}",
            "/credentials/status/{list}",
            "/credentials/status/{list}.jwt",
            "/credentials/revocations",
            "/library/resources/{slug}/files/{sha}",
            "/library/search",
            "/library/resources",
            "/library/resources/{slug}",
            "/library/resources/{slug}/revisions",
            "/library/resources/{slug}/diff",
            "/library/resources/{slug}/export",
            "/library/resources/{slug}/proposals",
            "/library/proposals/{id}",
            "/library/resources/{slug}/reviews",
            "/library/reviews/{id}",
            "/library/resources/{slug}/ratings",
            "/account/personal-data.json");
    for (String p : expected) {
      assertTrue(paths.containsKey(p), p + " missing from OpenAPI");
      assertTrue(paths.getJsonObject(p).containsKey("get"));
    }
    // Writes without a read at the same address.
    String jury = "/exam-sessions/{id}/jury/{username}";
    assertTrue(paths.getJsonObject(jury).containsKey("put"));
    assertTrue(paths.getJsonObject(jury).containsKey("delete"));
    assertTrue(paths.getJsonObject("/catalogue/modules/{code}").containsKey("put"));
    Map<String, String> writes =
        Map.ofEntries(
            Map.entry("/catalogue/modules/{code}/delivery/{organisation}", "put"),
            Map.entry("/plans/me/objective", "put"),
            Map.entry("/plans/me/pix", "post"),
            Map.entry("/plans/pix", "post"),
            Map.entry("/plans/{username}/completions", "post"),
            Map.entry("/credentials/{id}/revocation", "post"),
            Map.entry("/credentials/verification", "post"),
            Map.entry("/library/resources/{slug}/submission", "post"),
            Map.entry("/library/imports", "post"),
            Map.entry("/library/proposals/{id}/decision", "post"),
            Map.entry("/jobs/{job}/runs", "post"));
    writes.forEach(
        (path, method) -> assertTrue(paths.getJsonObject(path).containsKey(method), path));
    assertEquals(
        expected.size() + 1 + writes.size(),
        paths.size(),
        "an endpoint is served but this test does not know it: " + paths.keySet());
  }

  @Test
  void everyResponseCarriesSecurityHeaders() throws Exception {
    for (String path : List.of("", "login.xhtml", "api/referential/pix", "no-such-page")) {
      HttpResponse<String> r = get(path, null);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
      String scripts = csp.contains("script-src") ? csp.substring(csp.indexOf("script-src")) : "";
      assertFalse(scripts.contains("unsafe-inline"), path + ": " + csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
    }
  }
}
