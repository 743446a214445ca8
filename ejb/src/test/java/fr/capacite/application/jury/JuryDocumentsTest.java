package fr.capacite.application.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.PdfChecks;
import fr.capacite.domain.jury.ExamKind;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.jury.ExamStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The PV and the result documents say what the jury decided, with the verification code. */
class JuryDocumentsTest {

  private final PvView.CandidateResult maya =
      new PvView.CandidateResult(
          7,
          "Maya Médiatrice",
          ExamModality.REMOTE,
          List.of(
              new PvView.BlockOutcome(1, "CCP1", true, null, false),
              new PvView.BlockOutcome(2, "CCP2", false, "Projet non présenté", true)),
          false,
          "ABCDEFGH23",
          List.of(
              new fr.capacite.domain.jury.PvContent.Ground(
                  "CCP3", "REMN-2019", "CCP3", LocalDate.of(2024, 6, 20))));

  private final PvView pv =
      new PvView(
          3,
          "Session de mars",
          ExamKind.CCP,
          "REMN-2019",
          "Responsable d'Espace de Médiation Numérique",
          List.of("CCP1", "CCP2"),
          "Les Ateliers du Numérique",
          "Atelier République",
          LocalDate.of(2026, 3, 12),
          ExamModality.REMOTE,
          ExamStatus.SIGNED,
          List.of(new PvView.Signer(1, "Jules Juré", Instant.parse("2026-03-12T17:00:00Z"))),
          List.of(maya),
          List.of(
              new PvView.AmendmentView(
                  "Maya Médiatrice",
                  "CCP2",
                  true,
                  false,
                  "Erreur de saisie",
                  "admin",
                  Instant.now())),
          false,
          false,
          true,
          new PvView.Sealed(
              2,
              "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
              "PVCODE2345",
              Instant.parse("2026-03-12T17:30:00Z")));

  private static String text(byte[] pdf) throws Exception {
    PdfChecks.assertArchivalAndAccessible(pdf);
    return PdfChecks.text(pdf);
  }

  @Test
  void thePvListsCandidatesModalityDecisionsJuryAndAmendments() throws Exception {
    String t = text(JuryDocuments.pvPdf(pv, Locale.FRENCH));
    assertTrue(t.contains("Procès-verbal de session d’examen"), t);
    assertTrue(t.contains("Maya Médiatrice"), t);
    assertTrue(t.contains("À distance"), "R10: the modality of each candidate");
    assertTrue(t.contains("Jules Juré"), t);
    assertTrue(t.contains("Erreur de saisie"), "R9: amendments are listed");
    assertTrue(t.contains("PVCODE2345"), "the PV carries its own verification code");
    assertTrue(t.contains("révision 2"), t);
    assertTrue(t.contains("9f86d081884c7d659a2feaa0c55ad015"), "the hash of the stored record");
    assertTrue(
        t.contains("CCP3 (par équivalence : REMN-2019 CCP3, acquis le 20 juin 2024)"),
        "the grounds of the title");
  }

  @Test
  void theLivretAfterAPartialSuccessCarriesTheVerificationCode() throws Exception {
    String t = text(JuryDocuments.resultPdf(pv, maya, true, Locale.ENGLISH));
    assertTrue(t.contains("Certification booklet"), t);
    assertTrue(t.contains("ABCDEFGH23"), t);
    assertTrue(t.contains("Partial success"), t);
    byte[] fiche = JuryDocuments.resultPdf(pv, maya, false, Locale.FRENCH);
    assertTrue(text(fiche).contains("Fiche individuelle de résultats"));
    assertEquals(
        java.util.List.of("http://localhost:8080/verify.xhtml?code=ABCDEFGH23"),
        PdfChecks.qrCodes(fiche),
        "the 2D code leads to the public check");
  }

  @Test
  void thePvCarriesTheQrCodeOfItsOwnCheck() throws Exception {
    assertEquals(
        java.util.List.of("http://localhost:8080/verify.xhtml?code=PVCODE2345"),
        PdfChecks.qrCodes(JuryDocuments.pvPdf(pv, Locale.ENGLISH)));
  }
}
