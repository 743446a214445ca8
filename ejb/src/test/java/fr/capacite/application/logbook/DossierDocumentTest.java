package fr.capacite.application.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.PdfChecks;
import fr.capacite.domain.logbook.Approach;
import fr.capacite.domain.logbook.Autonomy;
import fr.capacite.domain.logbook.LogKind;
import fr.capacite.domain.logbook.LogOutcome;
import fr.capacite.domain.logbook.LogTheme;
import fr.capacite.domain.logbook.PlaceKind;
import fr.capacite.domain.logbook.PracticeEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DossierDocumentTest {

  private static final LogbookService.CompetenceChoice WELCOME =
      new LogbookService.CompetenceChoice(1, "CCP1", 1, "Accueillir les publics");
  private static final LogbookService.CompetenceChoice WORKSHOP =
      new LogbookService.CompetenceChoice(3, "CCP1", 3, "Concevoir un atelier");
  private static final LogbookService.CompetenceChoice PROJECT =
      new LogbookService.CompetenceChoice(6, "CCP2", 1, "Conduire un projet");

  private static LogbookService.EntryView example(long id, LocalDate day, String note) {
    return new LogbookService.EntryView(
        id,
        new PracticeEntry.Facts(
            day,
            LogKind.INDIVIDUAL,
            Set.of(LogTheme.EMAIL),
            45,
            1,
            PlaceKind.ACTIVITY_SITE,
            Approach.WITH,
            Autonomy.GUIDED,
            Autonomy.AUTONOMOUS,
            LogOutcome.SOLVED,
            null,
            note),
        1L,
        "Médiathèque",
        List.of(WELCOME),
        0);
  }

  private static DossierService.Dossier dossier() {
    return new DossierService.Dossier(
        "Maya Médiatrice",
        "Médiateur numérique",
        "RNCP40695",
        List.of(
            new DossierService.Section(
                WELCOME,
                "Accompagner différents publics",
                "J’ai accueilli une personne venue pour sa messagerie.\n\n"
                    + "Je l’ai laissée faire <seule> & j’ai guidé.",
                List.of(example(10, LocalDate.of(2026, 3, 12), "Première visite")),
                List.of(),
                0L,
                Instant.EPOCH),
            new DossierService.Section(
                WORKSHOP, "Accompagner différents publics", null, List.of(), List.of(), null, null),
            new DossierService.Section(
                PROJECT, "Développer un projet", null, List.of(), List.of(), null, null)),
        LocalDate.of(2026, 12, 7),
        1L,
        List.of(new DossierService.Title(1L, "Médiateur numérique (MN-2025)")));
  }

  @Test
  void theDraftIsAnArchivalAccessibleDocumentBlockByBlock() throws Exception {
    byte[] pdf = DossierDocument.render(dossier(), Locale.FRENCH);
    PdfChecks.assertArchivalAndAccessible(pdf);
    String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
    assertTrue(text.contains("Dossier professionnel (brouillon)"), text);
    assertTrue(text.contains("Maya Médiatrice"));
    assertTrue(text.contains("Titre visé : Médiateur numérique (RNCP40695)"), text);
    assertTrue(text.contains("7 décembre 2026"), "the day in words: " + text);
    assertTrue(text.contains("1 compétence(s) rédigée(s) sur 3"), text);
    assertTrue(text.contains("CCP1 — Accompagner différents publics"), text);
    assertTrue(text.contains("CCP1.1 — Accueillir les publics"), text);
    assertTrue(text.contains("12 mars 2026"), text);
    assertTrue(text.contains("Accompagnement individuel · E-mail · 45 min"), text);
    assertTrue(text.contains("Avec guidage → Autonome"), text);
    assertTrue(text.contains("Première visite"), text);
    assertTrue(text.contains("Je l’ai laissée faire <seule> & j’ai guidé."), "escaped: " + text);
    // The block of a competence not started is not printed; what is missing is listed at the end.
    assertFalse(text.contains("CCP2 — Développer un projet"), text);
    assertTrue(text.contains("Compétences restant à rédiger"), text);
    assertTrue(text.contains("CCP2.1 — Conduire un projet"), text);
  }

  @Test
  void inEnglishToo() throws Exception {
    byte[] pdf = DossierDocument.render(dossier(), Locale.ENGLISH);
    PdfChecks.assertArchivalAndAccessible(pdf);
    String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
    assertTrue(text.contains("Professional dossier (draft)"), text);
    assertTrue(text.contains("7 December 2026"), text);
    assertTrue(text.contains("Reflecting on my practice"), text);
    assertEquals(
        "professional-dossier-2026-12-07.pdf", DossierDocument.fileName(dossier(), Locale.ENGLISH));
  }
}
