package fr.capacite.application.credential;

import fr.capacite.domain.credential.CredentialKind;
import java.io.Serializable;
import java.time.Instant;

/** A credential as its holder sees it in their list. */
public record CredentialView(
    String id,
    CredentialKind kind,
    String achievement,
    String holder,
    Instant issuedAt,
    Instant revokedAt,
    String revocationReason,
    String verifyUrl)
    implements Serializable {

  // JSON-B would name it "isRevoked" on a record; the documented name is "revoked"
  @jakarta.json.bind.annotation.JsonbProperty("revoked")
  public boolean isRevoked() {
    return revokedAt != null;
  }
}
