package fr.capacite.application.jury;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.PdfChecks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The convocation to an exam session is an archival and accessible PDF (veraPDF: PDF/A-2a and
 * PDF/UA-1) that says, in French and in English, when and where to come, what is assessed and what
 * to bring.
 */
class ExamConvocationsTest {

  private static ExamConvocations.Facts facts(boolean remote) {
    return new ExamConvocations.Facts(
        "Yanis Apprenant",
        "Les Ateliers du Numérique",
        "82314567800012",
        "Session de printemps — Médiateur numérique",
        "Médiateur numérique",
        "RNCP40695",
        LocalDate.of(2027, 3, 18),
        remote,
        "Atelier République",
        "12 rue du Faubourg du Temple, 75011 Paris",
        "Nadia Benali, handicap@ateliers-numerique.example",
        List.of(
            new ExamConvocations.Block("CCP1", "Accueillir et accompagner les publics"),
            new ExamConvocations.Block("CCP2", "Concevoir et animer des ateliers")),
        LocalDate.of(2026, 12, 7));
  }

  @Test
  void theConvocationSaysWhenWhereWhatIsAssessedAndWhatToBring() throws Exception {
    byte[] fr = ExamConvocations.pdf(facts(false), Locale.FRENCH);
    PdfChecks.assertArchivalAndAccessible(fr);
    // Words as read, whatever the line breaks and the non-breaking spaces.
    String text = PdfChecks.text(fr).replaceAll("[\\s\u00a0\u202f]+", " ");
    for (String part :
        List.of(
            "Convocation à une session d’examen",
            "Yanis Apprenant",
            "« Session de printemps — Médiateur numérique »",
            "RNCP40695",
            "jeudi 18 mars 2027",
            "12 rue du Faubourg du Temple, 75011 Paris",
            "Concevoir et animer des ateliers",
            "dossier professionnel (DP)",
            "handicap@ateliers-numerique.example",
            "SIRET 82314567800012")) {
      assertTrue(text.contains(part), part + " in:\n" + text);
    }
    assertFalse(text.contains("2027-03-18"), "no ISO date");

    byte[] en = ExamConvocations.pdf(facts(true), Locale.ENGLISH);
    PdfChecks.assertArchivalAndAccessible(en);
    String e = PdfChecks.text(en).replaceAll("[\\s\u00a0\u202f]+", " ");
    assertTrue(
        e.contains("Notice to attend an exam session") && e.contains("Thursday, 18 March 2027"), e);
    assertTrue(e.contains("You sit the assessment remotely"), e);
    assertFalse(e.contains("12 rue du Faubourg"), "no venue for a remote sitting");
  }
}
