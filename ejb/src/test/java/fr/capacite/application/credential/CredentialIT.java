package fr.capacite.application.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.PathTestData;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Credentials against the database: holders download theirs only; anyone checks them; an altered
 * JSON fails; a revocation shows its reason; the issuer publishes its keys and revocations.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private CredentialService credentials;
  @EJB private PathTestData paths;
  @EJB private CohortTestData data;
  @EJB private RunAsMediator asMediator;
  @EJB private RunAsManager asManager;
  @EJB private RunAsAdmin asAdmin;

  @Test
  void aHolderDownloadsACredentialAnyoneChecksAndATamperedCopyFails() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String id = paths.credential("it-mediator", "Module « Cybersécurité au quotidien » (7 h)");

    assertTrue(
        asMediator.call(() -> credentials.mine(0, 200)).items().stream()
            .anyMatch(c -> c.id().equals(id)));
    String json = asMediator.call(() -> credentials.json(id));
    JsonObject doc;
    try (var r = Json.createReader(new StringReader(json))) {
      doc = r.readObject();
    }
    assertEquals("OpenBadgeCredential", doc.getJsonArray("type").getString(1));
    assertTrue(!doc.containsKey("proof"), "the JSON form carries no non-standard proof");

    assertEquals(CredentialCheck.Status.VALID, credentials.check(id).status());
    assertEquals(CredentialCheck.Status.VALID, credentials.checkDocument(json).status());
    assertEquals(
        CredentialCheck.Status.VALID,
        credentials.checkDocument(asMediator.call(() -> credentials.jwt(id))).status());

    String forged = json.replace("Cybersécurité au quotidien", "Titre professionnel complet");
    CredentialCheck altered = credentials.checkDocument(forged);
    assertEquals(CredentialCheck.Status.ALTERED, altered.status());
    assertTrue(altered.alteredMembers().contains("name"), altered.alteredMembers().toString());
    assertEquals(CredentialCheck.Status.MALFORMED, credentials.checkDocument("{}").status());
    assertEquals(CredentialCheck.Status.UNKNOWN, credentials.check("no-such-id").status());

    byte[] pdf = asMediator.call(() -> credentials.pdf(id, Locale.FRENCH));
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

    // someone else's credential does not exist for the caller (its check page is public)
    assertThrows(ObjectNotFoundException.class, () -> asManager.run(() -> credentials.json(id)));
  }

  @Test
  void aRevokedCredentialSaysWhyAndIsListed() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String id = paths.credential("it-mediator", "Module « Parentalité numérique » (7 h)");
    assertEquals(
        "credential.revokeReasonRequired",
        assertThrows(
                InvalidInputException.class, () -> asAdmin.run(() -> credentials.revoke(id, " ")))
            .getMessageKey());
    assertEquals(CredentialCheck.Status.VALID, credentials.check(id).status(), "nothing changed");
    asAdmin.run(() -> credentials.revoke(id, "Présence non justifiée après contrôle"));
    CredentialCheck check = credentials.check(id);
    assertEquals(CredentialCheck.Status.REVOKED, check.status());
    assertEquals("Présence non justifiée après contrôle", check.revocationReason());
    String json = asMediator.call(() -> credentials.json(id));
    assertEquals(CredentialCheck.Status.REVOKED, credentials.checkDocument(json).status());
    // The W3C status list the credential names now has its position set.
    JsonObject status =
        OpenBadges.payload(asMediator.call(() -> credentials.jwt(id)))
            .orElseThrow()
            .getJsonObject("credentialStatus");
    assertEquals("BitstringStatusListEntry", status.getString("type"));
    int index = Integer.parseInt(status.getString("statusListIndex"));
    int list = StatusLists.listOf(index);
    assertTrue(
        status.getString("statusListCredential").endsWith("/api/credentials/status/" + list));
    JsonObject statusList = credentials.statusList(list);
    String encoded = statusList.getJsonObject("credentialSubject").getString("encodedList");
    assertTrue(StatusLists.isSet(encoded, index - list * StatusLists.SIZE), "revoked position set");
    assertEquals(
        statusList.getJsonObject("credentialSubject"),
        OpenBadges.payload(credentials.statusListJwt(list))
            .orElseThrow()
            .getJsonObject("credentialSubject"),
        "the secured form says the same");
    List<String> mine = paths.credentials("it-mediator");
    assertTrue(mine.stream().anyMatch(c -> c.endsWith("|Présence non justifiée après contrôle")));
    assertTrue(!credentials.issuerProfile().containsKey("jwks"), "keys are found from the kid");
    JsonObject keys = credentials.keySet();
    assertTrue(keys.getJsonArray("keys").size() >= 1);
    JsonObject first = keys.getJsonArray("keys").getJsonObject(0);
    assertTrue(first.containsKey("x"));
    assertTrue(!first.containsKey("d"), "never the private part");
    assertEquals(first, credentials.publicKey(first.getString("kid")));
    assertThrows(ObjectNotFoundException.class, () -> credentials.publicKey("nope"));
  }
}
