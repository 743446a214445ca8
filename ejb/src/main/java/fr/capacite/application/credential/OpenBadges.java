package fr.capacite.application.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Open Badges 3.0 credentials secured as VC-JWT (OB 3.0 §8.2): the JWT payload is the credential
 * itself plus the registered claims iss, jti, nbf and sub, signed ES256 by Nimbus JOSE, its {@code
 * kid} the address of the public key. The JSON download is the same credential without a proof;
 * checking it verifies the issued JWT of the same id, then that every member of the JSON equals
 * what was signed.
 */
public final class OpenBadges {

  public static final List<String> CONTEXT =
      List.of(
          "https://www.w3.org/ns/credentials/v2",
          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

  /** The proof form of JSON downloads issued before December 2026, still accepted on check. */
  static final String PROOF_TYPE = "JwtProof2020";

  private static final Set<String> REGISTERED = Set.of("iss", "jti", "nbf", "sub", "exp");

  private OpenBadges() {}

  /** What a credential says: issuer, holder, achievement, when, and where its status is. */
  public record Claim(
      String id,
      String issuerId,
      String issuerName,
      String subjectId,
      String subjectName,
      String achievementId,
      String achievementType,
      String achievementName,
      String description,
      String criteria,
      Instant validFrom,
      String statusListCredential,
      int statusIndex)
      implements Serializable {}

  /** The OpenBadgeCredential JSON-LD document of a claim (no proof). */
  public static JsonObject credential(Claim c) {
    JsonObjectBuilder achievement =
        Json.createObjectBuilder()
            .add("id", c.achievementId())
            .add("type", Json.createArrayBuilder().add("Achievement"))
            .add("achievementType", c.achievementType())
            .add("name", c.achievementName())
            .add("description", c.description())
            .add("criteria", Json.createObjectBuilder().add("narrative", c.criteria()));
    return Json.createObjectBuilder()
        .add("@context", Json.createArrayBuilder(CONTEXT))
        .add("id", c.id())
        .add(
            "type",
            Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
        .add(
            "issuer",
            Json.createObjectBuilder()
                .add("id", c.issuerId())
                .add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", c.issuerName()))
        .add("validFrom", c.validFrom().toString())
        .add("name", c.achievementName())
        .add(
            "credentialSubject",
            Json.createObjectBuilder()
                .add("id", c.subjectId())
                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                .add("name", c.subjectName())
                .add("achievement", achievement))
        .add(
            "credentialStatus",
            // W3C Bitstring Status List: a term of the credentials v2 context.
            Json.createObjectBuilder()
                .add("id", c.statusListCredential() + "#" + c.statusIndex())
                .add("type", "BitstringStatusListEntry")
                .add("statusPurpose", "revocation")
                .add("statusListIndex", String.valueOf(c.statusIndex()))
                .add("statusListCredential", c.statusListCredential()))
        .build();
  }

  /**
   * Signs a credential as a compact JWS (VC-JWT). {@code kid} is the address of the public key (OB
   * 3.0 §8.2: a verifier dereferences it to the JWK), not a bare name.
   */
  public static String sign(JsonObject credential, ECKey key, String kid) {
    JsonObjectBuilder payload = Json.createObjectBuilder(credential);
    payload.add("iss", credential.getJsonObject("issuer").getString("id"));
    payload.add("jti", credential.getString("id"));
    payload.add("nbf", Instant.parse(credential.getString("validFrom")).getEpochSecond());
    payload.add("sub", credential.getJsonObject("credentialSubject").getString("id"));
    JWSObject jws =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).type(JOSEObjectType.JWT).build(),
            new Payload(payload.build().toString()));
    try {
      jws.sign(new ECDSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("signing failed", e);
    }
    return jws.serialize();
  }

  /** The issuer's Profile (OB 3.0): its keys are found from each credential's kid. */
  public static JsonObject profile(String id, String name, String url) {
    return Json.createObjectBuilder()
        .add("@context", Json.createArrayBuilder(CONTEXT))
        .add("id", id)
        .add("type", Json.createArrayBuilder().add("Profile"))
        .add("name", name)
        .add("url", url)
        .build();
  }

  /** A W3C BitstringStatusListCredential (revocation) with its encoded list. */
  public static JsonObject statusList(
      String id, String issuer, Instant validFrom, String encodedList) {
    return Json.createObjectBuilder()
        .add("@context", Json.createArrayBuilder().add(CONTEXT.get(0)))
        .add("id", id)
        .add(
            "type",
            Json.createArrayBuilder()
                .add("VerifiableCredential")
                .add("BitstringStatusListCredential"))
        .add("issuer", issuer)
        .add("validFrom", validFrom.toString())
        .add(
            "credentialSubject",
            Json.createObjectBuilder()
                .add("id", id + "#list")
                .add("type", "BitstringStatusList")
                .add("statusPurpose", "revocation")
                .add("encodedList", encodedList))
        .build();
  }

  /** Signs a status list credential as a VC-JWT (iss, jti and nbf, no subject person). */
  public static String signStatusList(JsonObject statusList, ECKey key, String kid) {
    JsonObjectBuilder payload = Json.createObjectBuilder(statusList);
    payload.add("iss", statusList.getString("issuer"));
    payload.add("jti", statusList.getString("id"));
    payload.add("nbf", Instant.parse(statusList.getString("validFrom")).getEpochSecond());
    JWSObject jws =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).type(JOSEObjectType.JWT).build(),
            new Payload(payload.build().toString()));
    try {
      jws.sign(new ECDSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("signing failed", e);
    }
    return jws.serialize();
  }

  /**
   * The downloadable JSON: the credential as signed, without a proof member. Its secured form is
   * the VC-JWT (OB 3.0 §8.2); a verifier that has only this JSON checks it against the credential
   * the issuer signed ({@link #verify}).
   */
  public static JsonObject document(String compactJws) {
    JsonObject signed = payload(compactJws).orElseThrow();
    JsonObjectBuilder doc = Json.createObjectBuilder();
    signed.forEach(
        (k, v) -> {
          if (!REGISTERED.contains(k)) {
            doc.add(k, v);
          }
        });
    return doc.build();
  }

  /** How a presented credential fared. */
  public enum Outcome {
    VALID,
    /** Not JSON nor a JWT, or no proof to check. */
    MALFORMED,
    /** Signed with a key this platform does not know. */
    UNKNOWN_KEY,
    /** The signature does not match the signed content. */
    BAD_SIGNATURE,
    /** The signature holds, but the JSON shown differs from what was signed. */
    ALTERED
  }

  /** The outcome, the credential id (jti) when readable, and the members that were changed. */
  public record Check(Outcome outcome, String credentialId, List<String> alteredMembers, String jws)
      implements Serializable {}

  /**
   * Checks a credential presented as its JSON document or as the bare JWT. {@code keys} finds a
   * public key by its id.
   */
  public static Check verify(
      String presented,
      Function<String, Optional<ECKey>> keys,
      Function<String, Optional<String>> issued) {
    String text = presented == null ? "" : presented.strip();
    JsonObject shown = null;
    String jws = text;
    if (text.startsWith("{")) {
      try (var reader = Json.createReader(new StringReader(text))) {
        shown = reader.readObject();
      } catch (JsonException | IllegalStateException e) {
        return new Check(Outcome.MALFORMED, null, List.of(), null);
      }
      JsonValue proof = shown.get("proof");
      if (proof == null) {
        // The JSON form carries no proof: it is checked against the credential issued under its
        // id, whose VC-JWT is verified below.
        Optional<String> stored =
            shown.get("id") instanceof jakarta.json.JsonString id
                ? issued.apply(id.getString())
                : Optional.empty();
        if (stored.isEmpty()) {
          return new Check(Outcome.MALFORMED, null, List.of(), null);
        }
        jws = stored.get();
      } else if (proof instanceof JsonObject p
          && PROOF_TYPE.equals(p.getString("type", ""))
          && !p.getString("jwt", "").isBlank()) {
        // Documents downloaded before the proof-less form carried their JWT this way.
        jws = p.getString("jwt");
      } else {
        return new Check(Outcome.MALFORMED, null, List.of(), null);
      }
    }
    JWSObject parsed;
    try {
      parsed = JWSObject.parse(jws);
    } catch (ParseException e) {
      return new Check(Outcome.MALFORMED, null, List.of(), null);
    }
    Optional<JsonObject> signed = payload(jws);
    String id = signed.map(s -> s.getString("jti", null)).orElse(null);
    if (signed.isEmpty()) {
      return new Check(Outcome.MALFORMED, null, List.of(), jws);
    }
    if (!JWSAlgorithm.ES256.equals(parsed.getHeader().getAlgorithm())) {
      return new Check(Outcome.BAD_SIGNATURE, id, List.of(), jws);
    }
    Optional<ECKey> key =
        parsed.getHeader().getKeyID() == null
            ? Optional.empty()
            : keys.apply(parsed.getHeader().getKeyID());
    if (key.isEmpty()) {
      return new Check(Outcome.UNKNOWN_KEY, id, List.of(), jws);
    }
    try {
      if (!parsed.verify(new ECDSAVerifier(key.get().toPublicJWK()))) {
        return new Check(Outcome.BAD_SIGNATURE, id, List.of(), jws);
      }
    } catch (JOSEException e) {
      return new Check(Outcome.BAD_SIGNATURE, id, List.of(), jws);
    }
    if (shown != null) {
      List<String> altered = differences(shown, signed.get());
      if (!altered.isEmpty()) {
        return new Check(Outcome.ALTERED, id, altered, jws);
      }
    }
    return new Check(Outcome.VALID, id, List.of(), jws);
  }

  /** The signed payload of a compact JWS, if it is a JSON object. */
  public static Optional<JsonObject> payload(String compactJws) {
    try (var reader =
        Json.createReader(new StringReader(JWSObject.parse(compactJws).getPayload().toString()))) {
      return Optional.of(reader.readObject());
    } catch (ParseException | JsonException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** Members of the shown document (proof aside) that differ from the signed credential. */
  static List<String> differences(JsonObject shown, JsonObject signed) {
    Set<String> names = new TreeSet<>(shown.keySet());
    signed.keySet().stream().filter(k -> !REGISTERED.contains(k)).forEach(names::add);
    names.remove("proof");
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (!java.util.Objects.equals(shown.get(n), signed.get(n))) {
        out.add(n);
      }
    }
    return out;
  }
}
