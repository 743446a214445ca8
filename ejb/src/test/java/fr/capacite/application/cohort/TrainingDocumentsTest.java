package fr.capacite.application.cohort;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.PdfChecks;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A learner's training documents are archival and accessible PDFs (veraPDF: PDF/A-2a and PDF/UA-1)
 * that say, in French and in English, what the law and funders ask of them.
 */
class TrainingDocumentsTest {

  private static TrainingDocuments.Facts facts() {
    return new TrainingDocuments.Facts(
        "Maya Médiatrice",
        "Les Ateliers du Numérique",
        "82314567800012",
        "11755555575",
        "Médiateur numérique — CCP1, printemps",
        "Médiateur numérique",
        "RNCP40695",
        "Hybride",
        "Atelier République",
        "12 rue du Faubourg du Temple, 75011 Paris",
        "Nadia Benali, handicap@ateliers-numerique.example",
        LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 9, 25),
        175,
        210,
        new TrainingDocuments.Session(
            LocalDate.of(2026, 3, 2), LocalTime.of(9, 0), LocalTime.of(12, 30), "Atelier", null),
        List.of(
            new TrainingDocuments.Session(
                LocalDate.of(2026, 3, 2),
                LocalTime.of(9, 0),
                LocalTime.of(12, 30),
                "Atelier",
                "Présent·e"),
            new TrainingDocuments.Session(
                LocalDate.of(2026, 3, 5),
                LocalTime.of(9, 0),
                LocalTime.of(12, 30),
                "Atelier",
                "Absent·e")),
        3.5,
        List.of(
            new TrainingDocuments.BlockOutcome(
                "CCP1", "Accueillir", true, LocalDate.of(2026, 10, 12)),
            new TrainingDocuments.BlockOutcome("CCP2", null, null, null)),
        LocalDate.of(2026, 12, 7));
  }

  @Test
  void theCertificateOfCompletionGivesTheHoursAttendedAndEverySession() throws Exception {
    byte[] fr = TrainingDocuments.completionCertificate(facts(), Locale.FRENCH);
    PdfChecks.assertArchivalAndAccessible(fr);
    String text = PdfChecks.text(fr).replace('\u202f', ' ').replace('\u00a0', ' ');
    assertTrue(text.contains("Certificat de réalisation"), text);
    assertTrue(text.contains("Maya Médiatrice"), text);
    assertTrue(text.contains("Durée réalisée : 3,5 heure(s) sur 175 heure(s) prévue(s)."), text);
    assertTrue(text.contains("2 mars 2026") && text.contains("Absent·e"), text);
    assertTrue(text.contains("11755555575") && text.contains("RNCP40695"), text);
    assertFalse(text.contains("2026-03-02"), "no ISO date");

    String en = PdfChecks.text(TrainingDocuments.completionCertificate(facts(), Locale.ENGLISH));
    assertTrue(
        en.contains("Certificate of completion") && en.contains("Hours completed: 3.5 of 175"), en);
    assertTrue(en.contains("2 March 2026"), en);
  }

  @Test
  void theConvocationAndTheEndOfTrainingAttestationSayWhatTheyMust() throws Exception {
    byte[] convocation = TrainingDocuments.convocation(facts(), Locale.FRENCH);
    PdfChecks.assertArchivalAndAccessible(convocation);
    String c = PdfChecks.text(convocation);
    assertTrue(
        c.contains("Convocation à la formation")
            && c.contains("Première séance : le 2 mars 2026, de 09:00 à 12:30."),
        c);
    assertTrue(c.contains("12 rue du Faubourg du Temple"), c);

    byte[] end = TrainingDocuments.endOfTraining(facts(), Locale.FRENCH);
    PdfChecks.assertArchivalAndAccessible(end);
    String e = PdfChecks.text(end);
    // L6353-1: objectives, nature, length and the results of the assessment.
    for (String part :
        List.of(
            "Objectifs",
            "Nature et durée",
            "Résultats de l’évaluation des acquis",
            "Acquis (jury du 12 octobre 2026)",
            "Pas encore présenté au jury",
            "210 heure(s)")) {
      assertTrue(e.contains(part), part + " in " + e);
    }
    String enEnd = PdfChecks.text(TrainingDocuments.endOfTraining(facts(), Locale.ENGLISH));
    assertTrue(
        enEnd.contains("End-of-training attestation") && enEnd.contains("Not yet before the jury"),
        enEnd);
  }
}
