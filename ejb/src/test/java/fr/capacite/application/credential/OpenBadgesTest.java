package fr.capacite.application.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing Open Badges 3.0 credentials and checking them, including tampering. */
class OpenBadgesTest {

  private static ECKey key;
  private static ECKey otherKey;

  @BeforeAll
  static void keys() throws JOSEException {
    key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
    otherKey = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
  }

  private static final String KID = "https://capacite.example/api/credentials/keys/k1";

  private static Optional<ECKey> known(String kid) {
    return Optional.ofNullable(Map.of(KID, key.toPublicJWK()).get(kid));
  }

  private static final java.util.Map<String, String> ISSUED = new java.util.HashMap<>();

  private static String sign(JsonObject credential, ECKey with) {
    String jws = OpenBadges.sign(credential, with, KID);
    ISSUED.put(credential.getString("id"), jws);
    return jws;
  }

  private static OpenBadges.Check verify(String presented) {
    return OpenBadges.verify(
        presented, OpenBadgesTest::known, id -> Optional.ofNullable(ISSUED.get(id)));
  }

  private static JsonObject credential() {
    return OpenBadges.credential(
        new OpenBadges.Claim(
            "https://capacite.example/credential.xhtml?id=c1",
            "https://capacite.example/api/credentials/issuer",
            "Capacité",
            "https://capacite.example/people/camille",
            "Camille Conseillère",
            "https://capacite.example/achievements/MN-2025/CCP1",
            "CompetencyCertificate",
            "CCP1 du titre Médiateur numérique",
            "Bloc acquis à la session d'été",
            "Décision du jury, PV signé.",
            Instant.parse("2026-08-04T15:00:00Z"),
            "https://capacite.example/api/credentials/status/0",
            42));
  }

  @Test
  void aSignedCredentialIsAnOpenBadgeCredentialWithRegisteredClaims() {
    String jws = sign(credential(), key);
    JsonObject payload = OpenBadges.payload(jws).orElseThrow();
    assertEquals(OpenBadges.CONTEXT.get(0), payload.getJsonArray("@context").getString(0));
    assertEquals("OpenBadgeCredential", payload.getJsonArray("type").getString(1));
    assertEquals("https://capacite.example/api/credentials/issuer", payload.getString("iss"));
    assertEquals("https://capacite.example/credential.xhtml?id=c1", payload.getString("jti"));
    assertEquals(
        Instant.parse("2026-08-04T15:00:00Z").getEpochSecond(),
        payload.getJsonNumber("nbf").longValue());
    assertEquals("https://capacite.example/people/camille", payload.getString("sub"));
    JsonObject status = payload.getJsonObject("credentialStatus");
    assertEquals("BitstringStatusListEntry", status.getString("type"));
    assertEquals("42", status.getString("statusListIndex"));
    assertEquals("revocation", status.getString("statusPurpose"));
    assertEquals(
        "https://capacite.example/api/credentials/status/0",
        status.getString("statusListCredential"));
    assertEquals(OpenBadges.Outcome.VALID, verify(jws).outcome());
  }

  @Test
  void theJsonDocumentVerifiesAndCarriesNoRegisteredClaims() {
    JsonObject doc = OpenBadges.document(sign(credential(), key));
    assertTrue(!doc.containsKey("jti") && !doc.containsKey("proof"), "no non-standard proof");
    var check = verify(doc.toString());
    assertEquals(OpenBadges.Outcome.VALID, check.outcome());
    assertEquals("https://capacite.example/credential.xhtml?id=c1", check.credentialId());
  }

  @Test
  void anAlteredJsonFailsAndNamesWhatChanged() {
    JsonObject doc = OpenBadges.document(sign(credential(), key));
    JsonObject forged =
        Json.createObjectBuilder(doc).add("name", "Titre complet Médiateur numérique").build();
    var check = verify(forged.toString());
    assertEquals(OpenBadges.Outcome.ALTERED, check.outcome());
    assertEquals(List.of("name"), check.alteredMembers());
    JsonObject added = Json.createObjectBuilder(doc).add("validUntil", "2099-01-01").build();
    assertEquals(List.of("validUntil"), verify(added.toString()).alteredMembers());
  }

  @Test
  void aTamperedJwtOrAnotherKeyFailsTheSignature() {
    String jws = sign(credential(), key);
    String[] parts = jws.split("\\.");
    String forgedPayload =
        Base64URL.encode(
                OpenBadges.payload(jws)
                    .orElseThrow()
                    .toString()
                    .replace("CCP1 du titre", "Titre complet")
                    .getBytes(StandardCharsets.UTF_8))
            .toString();
    String tampered = parts[0] + "." + forgedPayload + "." + parts[2];
    assertEquals(OpenBadges.Outcome.BAD_SIGNATURE, verify(tampered).outcome());
    String byOther = OpenBadges.sign(credential(), otherKey, KID);
    assertEquals(OpenBadges.Outcome.BAD_SIGNATURE, verify(byOther).outcome());
    assertEquals(
        OpenBadges.Outcome.UNKNOWN_KEY,
        OpenBadges.verify(jws, kid -> Optional.empty(), id -> Optional.empty()).outcome());
  }

  /**
   * A verifier that knows nothing of Nimbus reads the kid, resolves the key it names and checks the
   * signature: here jose4j, another library than the one that signs.
   */
  @Test
  void anotherLibraryVerifiesTheJwtWithTheKeyTheKidNames() throws Exception {
    String jws = sign(credential(), key);
    org.jose4j.jws.JsonWebSignature check = new org.jose4j.jws.JsonWebSignature();
    check.setCompactSerialization(jws);
    assertEquals(KID, check.getKeyIdHeaderValue(), "the kid is the key's address");
    check.setKey(
        org.jose4j.jwk.PublicJsonWebKey.Factory.newPublicJwk(
                known(check.getKeyIdHeaderValue()).orElseThrow().toJSONString())
            .getPublicKey());
    check.setAlgorithmConstraints(
        new org.jose4j.jwa.AlgorithmConstraints(
            org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT, "ES256"));
    assertTrue(check.verifySignature());
    assertEquals("JWT", check.getHeader("typ"));
  }

  @Test
  void aJsonWhoseIdWasNeverIssuedIsNotValid() {
    JsonObject doc = OpenBadges.document(sign(credential(), key));
    JsonObject stranger =
        Json.createObjectBuilder(doc)
            .add("id", "https://capacite.example/credential.xhtml?id=zz")
            .build();
    assertEquals(OpenBadges.Outcome.MALFORMED, verify(stranger.toString()).outcome());
  }

  @Test
  void garbageIsMalformedNotAnError() {
    for (String s :
        List.of(
            "",
            "hello",
            "{\"a\":1}",
            "{not json",
            "a.b.c",
            "{\"proof\":{\"type\":\"JwtProof2020\",\"jwt\":\"x.y.z\"}}")) {
      assertEquals(OpenBadges.Outcome.MALFORMED, verify(s).outcome(), s);
    }
  }
}
