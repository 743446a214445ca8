package fr.capacite.domain.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.identity.User;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialTest {

  @Test
  void aCredentialIsRevokedOnceWithItsReason() {
    User maya = new User("maya", "maya@example.org", "Maya", "h");
    Credential c =
        new Credential(
            "id", maya, CredentialKind.BLOCK, "block-result:1", "CCP1", Instant.EPOCH, "k", "jws");
    assertThrows(IllegalArgumentException.class, () -> c.revoke(" ", "admin", Instant.EPOCH));
    assertFalse(c.isRevoked());
    assertTrue(c.revoke("Avenant au PV", "admin", Instant.EPOCH));
    assertFalse(c.revoke("Autre motif", "admin", Instant.EPOCH), "the first reason stands");
    assertEquals("Avenant au PV", c.getRevocationReason());
  }
}
