package fr.capacite.application.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of JSON-LD document the platform publishes (credential, issuer profile, status list)
 * expands with Titanium, a JSON-LD 1.1 processor, with undefined terms refused ("safe mode"): each
 * term it uses is defined by the contexts it names. The contexts are the published ones, read
 * offline (the build fetches them, see ejb/pom.xml).
 */
class OpenBadgesJsonLdTest {

  private static final Path CONTEXTS =
      Path.of(System.getProperty("basedir", "."), "target", "jsonld");

  /** The published contexts by their URL. */
  private static final Map<String, Path> DOCUMENTS =
      Map.of(
          "https://www.w3.org/ns/credentials/v2",
          CONTEXTS.resolve("credentials-v2/package/contexts/credentials-v2.jsonld"),
          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
          CONTEXTS.resolve("open-badges/package/js/contexts/context-3.0.3.js"));

  private static final DocumentLoader OFFLINE =
      (url, options) -> {
        Path file = DOCUMENTS.get(url.toString());
        if (file == null) {
          throw new JsonLdError(
              com.apicatalog.jsonld.JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not offline: " + url);
        }
        try {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          if (file.toString().endsWith(".js")) {
            // The npm package ships the context as a CommonJS module: its JSON follows the export.
            text = text.substring(text.indexOf("module.exports = ") + "module.exports = ".length());
          }
          try (var reader = Json.createReader(new StringReader(text))) {
            return JsonDocument.of(reader.readObject());
          }
        } catch (java.io.IOException e) {
          throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
        }
      };

  /**
   * The expanded document; fails on an undefined term, and on a value that only the credentials
   * context's catch-all vocabulary ("issuer-dependent") could map: both mean a term no published
   * context defines.
   */
  private static JsonArray expand(JsonObject document) throws JsonLdError {
    JsonLdOptions options = new JsonLdOptions(OFFLINE);
    options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
    JsonArray expanded = JsonLd.expand(JsonDocument.of(document)).options(options).get();
    String undefined = undefinedIn(expanded);
    if (expanded.toString().contains("https://www.w3.org/ns/credentials/issuer-dependent#")
        || undefined != null) {
      throw new JsonLdError(
          com.apicatalog.jsonld.JsonLdErrorCode.INVALID_TERM_DEFINITION,
          "a term no context defines (" + undefined + "): " + expanded);
    }
    return expanded;
  }

  /** A property or type left relative by expansion (no context defines it), or null. */
  private static String undefinedIn(jakarta.json.JsonValue v) {
    if (v instanceof JsonArray a) {
      for (var item : a) {
        String u = undefinedIn(item);
        if (u != null) {
          return u;
        }
      }
    } else if (v instanceof JsonObject o) {
      for (var e : o.entrySet()) {
        if (!e.getKey().startsWith("@") && !e.getKey().contains(":")) {
          return e.getKey();
        }
        if (e.getKey().equals("@type") && e.getValue() instanceof JsonArray types) {
          for (var t : types) {
            if (t instanceof jakarta.json.JsonString ts && !ts.getString().contains(":")) {
              return ts.getString();
            }
          }
        }
        String u = undefinedIn(e.getValue());
        if (u != null) {
          return u;
        }
      }
    }
    return null;
  }

  private static JsonObject credential() {
    return OpenBadges.credential(
        new OpenBadges.Claim(
            "https://capacite.example/credential.xhtml?id=c1",
            "https://capacite.example/api/credentials/issuer",
            "Capacité",
            "https://capacite.example/people/camille",
            "Camille Conseillère",
            "https://capacite.example/achievements/block/MN-2025/CCP1",
            "CompetencyCertificate",
            "CCP1 du titre Médiateur numérique",
            "Bloc acquis à la session d'été",
            "Décision du jury, PV signé.",
            Instant.parse("2026-08-04T15:00:00Z"),
            "https://capacite.example/api/credentials/status/0",
            42));
  }

  @Test
  void aCredentialExpandsWithEveryTermDefined() throws Exception {
    JsonArray expanded = expand(credential());
    assertEquals(1, expanded.size());
    String text = expanded.toString();
    assertTrue(
        text.contains("https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential"));
    assertTrue(
        text.contains("https://www.w3.org/ns/credentials/status#BitstringStatusListEntry"), text);
  }

  @Test
  void anUndefinedTermIsRefusedSoTheCheckCanFail() {
    JsonObject withJwks =
        Json.createObjectBuilder(credential())
            .add("jwks", Json.createObjectBuilder().add("keys", Json.createArrayBuilder()))
            .build();
    assertThrows(JsonLdError.class, () -> expand(withJwks));
    JsonObject oldStatus =
        Json.createObjectBuilder(credential())
            .add(
                "credentialStatus",
                Json.createObjectBuilder()
                    .add("id", "https://capacite.example/api/credentials/revocations")
                    .add("type", "1EdTechRevocationList"))
            .build();
    try {
      fail("the former status type expanded: " + expand(oldStatus));
    } catch (JsonLdError expected) {
      // refused, as it should be
    }
  }

  @Test
  void theIssuerProfileAndTheStatusListExpand() throws Exception {
    JsonObject profile =
        OpenBadges.profile(
            "https://capacite.example/api/credentials/issuer",
            "Capacité",
            "https://capacite.example/");
    assertFalse(expand(profile).isEmpty());
    JsonObject statusList =
        OpenBadges.statusList(
            "https://capacite.example/api/credentials/status/0",
            "https://capacite.example/api/credentials/issuer",
            Instant.parse("2026-12-06T10:00:00Z"),
            StatusLists.encode(0, List.of(3)));
    assertFalse(expand(statusList).isEmpty());
  }
}
