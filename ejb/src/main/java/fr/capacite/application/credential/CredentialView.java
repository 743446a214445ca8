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

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
