package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.DeployedEarSupport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document tells the truth: swagger-parser finds it valid and complete, and the real
 * answer of every GET operation (and of sample writes) matches what it documents, checked with
 * Atlassian's swagger-request-validator.
 */
class OpenApiIT extends DeployedEarSupport {

  private String spec() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(root() + "api/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    return r.body();
  }

  @Test
  void theDocumentIsValidAndEveryOperationIsDocumented() throws Exception {
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(spec());
    assertTrue(parsed.getMessages().isEmpty(), () -> String.join("\n", parsed.getMessages()));
    OpenAPI api = parsed.getOpenAPI();
    assertTrue(api.getInfo().getDescription().contains("ApiError"));
    assertTrue(api.getComponents().getSecuritySchemes().containsKey("session"));
    assertTrue(api.getComponents().getSchemas().containsKey("ApiError"));
    int operations = 0;
    for (var path : api.getPaths().entrySet()) {
      for (var e : path.getValue().readOperationsMap().entrySet()) {
        Operation op = e.getValue();
        String key = e.getKey() + " " + path.getKey();
        operations++;
        assertTrue(op.getSummary() != null && !op.getSummary().isBlank(), key);
        assertTrue(!op.getResponses().containsKey("default"), key + " documents only default");
        assertTrue(op.getResponses().keySet().stream().anyMatch(c -> c.startsWith("2")), key);
        if (path.getKey().contains("{")) {
          assertTrue(op.getResponses().containsKey("404"), key + " has no 404");
        }
      }
    }
    System.out.println("OpenAPI: " + operations + " operations, each with a summary and its codes");
  }

  @Test
  void everyGetAnswersWhatTheDocumentSays() throws Exception {
    String spec = spec();
    OpenApiInteractionValidator validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(spec)
            .withBasePathOverride("/api")
            .build();
    OpenAPI api = new OpenAPIV3Parser().readContents(spec).getOpenAPI();
    HttpClient admin = loggedIn("admin", DemoAccounts.PASSWORD);
    HttpClient manager = loggedIn("gestionnaire", DemoAccounts.PASSWORD);
    HttpClient juror = loggedIn("jure", DemoAccounts.PASSWORD);
    HttpClient mediator = loggedIn("mediatrice", DemoAccounts.PASSWORD);
    Map<String, String> ids = knownIds(admin, manager, mediator);

    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (var path : api.getPaths().entrySet()) {
      if (path.getValue().getGet() == null) {
        continue;
      }
      String concrete = concrete(path.getKey(), ids);
      for (HttpClient who : List.of(admin, manager, juror, mediator)) {
        HttpResponse<String> r = send(who, "GET", "api" + concrete, null);
        checked++;
        String type = r.headers().firstValue("Content-Type").orElse("");
        SimpleResponse.Builder response =
            SimpleResponse.Builder.status(r.statusCode()).withContentType(type);
        if (!type.isEmpty()) {
          response.withBody(r.body());
        }
        ValidationReport report =
            validator.validateResponse(
                "/api" + concrete.replaceAll("\\?.*", ""), Request.Method.GET, response.build());
        if (report.hasErrors()) {
          failures.add(
              "GET "
                  + concrete
                  + " → "
                  + r.statusCode()
                  + ": "
                  + report.getMessages().stream().map(m -> m.getMessage()).toList());
        }
      }
    }
    // Sample writes: a refused one (ApiError) and an accepted one
    HttpResponse<String> bad =
        send(mediator, "POST", "api/library/resources", "{\"title\": 12, \"unknown\": true}");
    ValidationReport badReport =
        validator.validateResponse(
            "/api/library/resources",
            Request.Method.POST,
            SimpleResponse.Builder.status(bad.statusCode())
                .withContentType("application/json")
                .withBody(bad.body())
                .build());
    checked++;
    if (badReport.hasErrors() || bad.statusCode() != 400) {
      failures.add("POST library/resources (bad) → " + bad.statusCode() + " " + badReport);
    }
    System.out.println(
        "OpenAPI: " + checked + " real answers checked, " + failures.size() + " not as documented");
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
  }

  /** Path parameters filled with ids of the demo data (an unknown id where none is at hand). */
  private static String concrete(String path, Map<String, String> ids) {
    String p = path;
    for (var e : ids.entrySet()) {
      p = p.replace(e.getKey(), e.getValue());
    }
    return p.replaceAll("\\{[^}]+}", "999999");
  }

  private Map<String, String> knownIds(HttpClient admin, HttpClient manager, HttpClient mediator)
      throws Exception {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("/organisations/{id}", "/organisations/1");
    ids.put("{organisation}", "1");
    JsonArray cohorts = array(send(manager, "GET", "api/cohorts/by-organisation/1", null).body());
    if (!cohorts.isEmpty()) {
      ids.put("/cohorts/{id}", "/cohorts/" + cohorts.getJsonObject(0).getJsonNumber("id"));
      ids.put(
          "/schedule/cohorts/{id}",
          "/schedule/cohorts/" + cohorts.getJsonObject(0).getJsonNumber("id"));
    }
    JsonObject sessions = object(send(admin, "GET", "api/exam-sessions", null).body());
    if (!sessions.getJsonArray("items").isEmpty()) {
      ids.put(
          "/exam-sessions/{id}",
          "/exam-sessions/" + sessions.getJsonArray("items").getJsonObject(0).getJsonNumber("id"));
    }
    JsonObject versions = object(send(admin, "GET", "api/referential/versions", null).body());
    String version = versions.getJsonArray("items").getJsonObject(0).getString("code");
    ids.put("{code}/blocks/{block}", version + "/blocks/CCP1");
    ids.put("/referential/versions/{code}", "/referential/versions/" + version);
    JsonObject resources = object(send(mediator, "GET", "api/library/resources", null).body());
    if (!resources.getJsonArray("items").isEmpty()) {
      ids.put("{slug}", resources.getJsonArray("items").getJsonObject(0).getString("slug"));
    }
    ids.put("{username}", "apprenant");
    ids.put("{list}", "1");
    return ids;
  }

  private static JsonObject object(String body) {
    try (var r = Json.createReader(new StringReader(body))) {
      return r.readObject();
    }
  }

  private static JsonArray array(String body) {
    try (var r = Json.createReader(new StringReader(body))) {
      return r.readArray();
    }
  }
}
