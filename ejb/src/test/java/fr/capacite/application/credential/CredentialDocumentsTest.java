package fr.capacite.application.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.PdfChecks;
import fr.capacite.domain.credential.CredentialKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The credential PDF: PDF/A-2a and PDF/UA-1 for veraPDF, its text, and a QR code that reads back as
 * the check address.
 */
class CredentialDocumentsTest {

  private static final String URL =
      "https://capacite.example/credential.xhtml?id=3f1c2a9e-1111-4222-8333-444455556666";

  @Test
  void thePdfNamesTheHolderTheAchievementAndARevocationAndPassesVeraPdf() throws Exception {
    CredentialView v =
        new CredentialView(
            "3f1c2a9e",
            CredentialKind.BLOCK,
            "CCP1 du titre professionnel Médiateur numérique",
            "Camille Conseillère",
            Instant.parse("2026-08-04T10:00:00Z"),
            null,
            null,
            URL);
    CredentialCheck revoked =
        new CredentialCheck(
            CredentialCheck.Status.REVOKED,
            "3f1c2a9e",
            "Camille Conseillère",
            v.achievement(),
            CredentialService.ISSUER_NAME,
            v.issuedAt(),
            Instant.parse("2026-09-01T10:00:00Z"),
            "Décision corrigée par avenant",
            List.of());
    for (Locale locale : List.of(Locale.FRENCH, Locale.UK)) {
      byte[] pdf = CredentialDocuments.pdf(v, revoked, locale);
      PdfChecks.assertArchivalAndAccessible(pdf);
      assertEquals(List.of(URL), PdfChecks.qrCodes(pdf), "the QR code reads back");
      String text = PdfChecks.text(pdf);
      assertTrue(text.contains("Camille Conseillère"), text);
      assertTrue(text.contains("CCP1 du titre professionnel Médiateur numérique"), text);
      assertTrue(text.contains("Décision corrigée par avenant"), text);
      assertTrue(text.contains("credential.xhtml?id="), text);
    }
    assertTrue(
        PdfChecks.text(CredentialDocuments.pdf(v, revoked, Locale.FRENCH)).contains("4 août 2026"));
  }
}
