package fr.capacite.web.path;

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

/** Catalogue and plans as JSON, with the pages' permissions; bad input is a 400, not a 500. */
class PlanApiIT extends DeployedEarSupport {

  private HttpResponse<String> send(
      HttpClient http, String method, String path, String type, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(root() + path))
            .header("Origin", root().replaceAll("/$", ""));
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> r) {
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject();
    }
  }

  @Test
  void everyoneReadsTheCatalogue() throws Exception {
    HttpClient juror = loggedIn("jure", DemoAccounts.PASSWORD);
    HttpResponse<String> modules =
        send(juror, "GET", "api/catalogue/modules?kind=THEMATIC", null, null);
    assertEquals(200, modules.statusCode(), modules.body());
    assertTrue(json(modules).getJsonNumber("total").longValue() >= 7);
    JsonObject ccp2 = json(send(juror, "GET", "api/catalogue/modules/MN-CCP2", null, null));
    assertEquals("CERTIFYING", ccp2.getString("kind"));
    assertEquals(1, ccp2.getJsonArray("prerequisites").size());
    JsonObject path = json(send(juror, "GET", "api/catalogue/paths/TITRE-COMPLET", null, null));
    assertEquals(2, path.getJsonArray("steps").size());
    assertEquals(404, send(juror, "GET", "api/catalogue/modules/NOPE", null, null).statusCode());
    // only administrators change the catalogue
    assertEquals(
        403, send(juror, "PUT", "api/catalogue/modules/IA", "application/json", "{}").statusCode());
  }

  @Test
  void aMediatorReadsAndSteersHerPlanAndBadInputIsRefused() throws Exception {
    HttpClient cnfs = loggedIn("conseiller", DemoAccounts.PASSWORD);
    HttpResponse<String> mine = send(cnfs, "GET", "api/plans/me", null, null);
    assertEquals(200, mine.statusCode(), mine.body());
    JsonObject plan = json(mine);
    assertEquals("conseiller", plan.getString("username"));
    assertTrue(plan.getJsonArray("blocks").size() >= 1);

    HttpResponse<String> garbled =
        send(cnfs, "PUT", "api/plans/me/objective", "application/json", "{\"templateCode\":");
    assertEquals(400, garbled.statusCode());
    assertEquals("error.api.badJson", json(garbled).getString("code"));
    HttpResponse<String> unknown =
        send(
            cnfs,
            "PUT",
            "api/plans/me/objective",
            "application/json",
            "{\"templateCode\":\"NOPE\",\"version\":" + plan.getJsonNumber("entityVersion") + "}");
    assertEquals(404, unknown.statusCode());

    HttpResponse<String> pix =
        send(
            cnfs,
            "POST",
            "api/plans/me/pix",
            "text/csv",
            "competence,level,date\n5.2,3,2026-02-01\n5.2,x,2026-02-01\n");
    assertEquals(200, pix.statusCode(), pix.body());
    assertEquals(1, json(pix).getInt("imported") + json(pix).getInt("updated"));
    assertEquals("level", json(pix).getJsonArray("problems").getJsonObject(0).getString("field"));

    // a mediator reads no one else's plan
    assertEquals(403, send(cnfs, "GET", "api/plans/mediatrice", null, null).statusCode());
  }

  @Test
  void organisationsReadTheirOwnLearnersPlansOnly() throws Exception {
    HttpClient manager = loggedIn("gestionnaire", DemoAccounts.PASSWORD);
    assertEquals(200, send(manager, "GET", "api/plans/conseiller", null, null).statusCode());
    assertEquals(404, send(manager, "GET", "api/plans/stagiaire.tlo01", null, null).statusCode());
    HttpResponse<String> bad =
        send(manager, "POST", "api/plans/conseiller/completions", "application/json", "[1,2");
    assertEquals(400, bad.statusCode());
    HttpResponse<String> future =
        send(
            manager,
            "POST",
            "api/plans/conseiller/completions",
            "application/json",
            "{\"moduleCode\":\"IA\",\"completedOn\":\"2099-01-01\"}");
    assertEquals(400, future.statusCode());
    assertEquals("path.completion.future", json(future).getString("code"));
  }

  @Test
  void credentialsAreTheHoldersButCheckingThemIsPublic() throws Exception {
    HttpClient cnfs = loggedIn("conseiller", DemoAccounts.PASSWORD);
    HttpResponse<String> mine = send(cnfs, "GET", "api/credentials", null, null);
    assertEquals(200, mine.statusCode(), mine.body());
    String id = json(mine).getJsonArray("items").getJsonObject(0).getString("id");
    HttpResponse<String> doc = send(cnfs, "GET", "api/credentials/" + id, null, null);
    assertEquals(200, doc.statusCode());
    assertTrue(doc.body().contains("OpenBadgeCredential"));

    HttpClient other = loggedIn("mediatrice", DemoAccounts.PASSWORD);
    assertEquals(404, send(other, "GET", "api/credentials/" + id, null, null).statusCode());

    HttpClient anonymous = HttpClient.newHttpClient();
    HttpResponse<String> issuer = send(anonymous, "GET", "api/credentials/issuer", null, null);
    assertEquals(200, issuer.statusCode());
    assertTrue(!json(issuer).containsKey("jwks"), "no non-standard member in the profile");
    assertTrue(!json(doc).containsKey("proof"), "the JSON form carries no non-standard proof");

    // A verifier finds the key from the JWT's kid alone (OB 3.0 §8.2) and checks the signature
    // with another library than the one that signed.
    String jwt = send(cnfs, "GET", "api/credentials/" + id + ".jwt", null, null).body().strip();
    org.jose4j.jws.JsonWebSignature jws = new org.jose4j.jws.JsonWebSignature();
    jws.setCompactSerialization(jwt);
    String kid = jws.getKeyIdHeaderValue();
    assertTrue(kid.startsWith("http://localhost:18380/api/credentials/keys/"), kid);
    HttpResponse<String> jwk =
        HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(kid)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, jwk.statusCode(), jwk.body());
    jws.setKey(org.jose4j.jwk.PublicJsonWebKey.Factory.newPublicJwk(jwk.body()).getPublicKey());
    assertTrue(jws.verifySignature(), "the key the kid names verifies the credential");
    HttpResponse<String> wellKnown = send(anonymous, "GET", ".well-known/jwks.json", null, null);
    assertEquals(200, wellKnown.statusCode());
    assertTrue(
        json(wellKnown).getJsonArray("keys").stream()
            .anyMatch(k -> kid.endsWith("/" + k.asJsonObject().getString("kid"))),
        wellKnown.body());
    assertEquals(404, send(anonymous, "GET", "api/credentials/keys/nope", null, null).statusCode());
    HttpResponse<String> check =
        send(anonymous, "POST", "api/credentials/verification", "application/json", doc.body());
    assertEquals(200, check.statusCode(), check.body());
    assertEquals("VALID", json(check).getString("status"));
    HttpResponse<String> forged =
        send(
            anonymous,
            "POST",
            "api/credentials/verification",
            "application/json",
            doc.body().replaceFirst("\"name\":\"", "\"name\":\"Faux "));
    assertEquals("ALTERED", json(forged).getString("status"));
    assertEquals(
        "MALFORMED",
        json(send(
                anonymous, "POST", "api/credentials/verification", "text/plain", "n'importe quoi"))
            .getString("status"));
  }
}
