package fr.capacite.application.credential;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The public answer of a verification: the outcome and, when the credential is known, what it
 * attests and whether it was revoked (with the reason).
 */
public record CredentialCheck(
    Status status,
    String id,
    String holder,
    String achievement,
    String issuer,
    Instant issuedAt,
    Instant revokedAt,
    String revocationReason,
    List<String> alteredMembers)
    implements Serializable {

  /** Outcomes, from best to worst. */
  public enum Status {
    VALID,
    REVOKED,
    ALTERED,
    BAD_SIGNATURE,
    UNKNOWN_KEY,
    UNKNOWN,
    MALFORMED
  }

  static CredentialCheck of(Status status) {
    return new CredentialCheck(status, null, null, null, null, null, null, null, List.of());
  }

  // JSON-B would name it "isValid" on a record; the documented name is "valid"
  @jakarta.json.bind.annotation.JsonbProperty("valid")
  public boolean isValid() {
    return status == Status.VALID;
  }
}
