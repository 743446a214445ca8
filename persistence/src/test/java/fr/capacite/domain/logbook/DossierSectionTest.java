package fr.capacite.domain.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.referential.Certification;
import fr.capacite.domain.referential.Competence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DossierSectionTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  private final User maya = new User("maya", "maya@example.org", "Maya", "h");
  private final Block ccp1 =
      new Certification("TP", "Médiateur numérique")
          .addVersion("MN", "Médiateur numérique")
          .addBlock("CCP1", "Accompagner", BlockKind.CCP);
  private final Competence welcome = ccp1.addCompetence("Accueillir");
  private final Competence design = ccp1.addCompetence("Concevoir un atelier");

  private PracticeEntry entry(User author, Competence... illustrates) {
    PracticeEntry e =
        new PracticeEntry(
            author,
            new PracticeEntry.Facts(
                TODAY,
                LogKind.INDIVIDUAL,
                Set.of(LogTheme.EMAIL),
                30,
                1,
                PlaceKind.REMOTE,
                Approach.WITH,
                Autonomy.GUIDED,
                Autonomy.PARTLY,
                LogOutcome.SOLVED,
                null,
                null),
            TODAY,
            Instant.EPOCH);
    e.illustrate(Set.of(illustrates));
    return e;
  }

  private DossierSection section() {
    return new DossierSection(maya, welcome, Instant.EPOCH);
  }

  @Test
  void aSectionIsCompleteWithAnAnalysisAndAnExample() {
    DossierSection s = section();
    assertFalse(s.complete());
    s.compose("  J’ai accueilli Mme R. pour sa première démarche.  ", List.of(), Instant.EPOCH);
    assertEquals("J’ai accueilli Mme R. pour sa première démarche.", s.getReflection());
    assertFalse(s.complete(), "an analysis without example");
    s.compose("J’ai accueilli…", List.of(entry(maya, welcome)), Instant.EPOCH);
    assertTrue(s.complete());
    s.compose("   ", List.of(entry(maya, welcome)), Instant.EPOCH);
    assertNull(s.getReflection(), "blank is no analysis");
    assertFalse(s.complete());
  }

  @Test
  void onlyTheAuthorsEntriesIllustratingTheCompetenceAreExamples() {
    DossierSection s = section();
    User leo = new User("leo", "leo@example.org", "Léo", "h");
    var other =
        assertThrows(
            IllegalArgumentException.class,
            () -> s.compose("x", List.of(entry(leo, welcome)), Instant.EPOCH));
    assertEquals("dossier.notYourEntry", other.getMessage());
    var unrelated =
        assertThrows(
            IllegalArgumentException.class,
            () -> s.compose("x", List.of(entry(maya, design)), Instant.EPOCH));
    assertEquals("dossier.entryNotForCompetence", unrelated.getMessage());
    assertNull(s.getReflection(), "nothing changed by a refused composition");
  }

  @Test
  void theAnalysisAndTheExamplesHaveTheirLimits() {
    DossierSection s = section();
    List<PracticeEntry> six = new ArrayList<>();
    for (int i = 0; i <= DossierSection.MAX_EXAMPLES; i++) {
      six.add(entry(maya, welcome));
    }
    assertEquals(
        "dossier.tooManyExamples",
        assertThrows(IllegalArgumentException.class, () -> s.compose("x", six, Instant.EPOCH))
            .getMessage());
    s.compose("x", six.subList(0, DossierSection.MAX_EXAMPLES), Instant.EPOCH);
    assertEquals(DossierSection.MAX_EXAMPLES, s.getExamples().size());
    String tooLong = "a".repeat(DossierSection.REFLECTION_MAX + 1);
    assertEquals(
        "dossier.reflectionTooLong",
        assertThrows(
                IllegalArgumentException.class, () -> s.compose(tooLong, List.of(), Instant.EPOCH))
            .getMessage());
    s.compose(
        "a".repeat(DossierSection.REFLECTION_MAX),
        List.of(),
        Instant.parse("2026-12-07T10:00:00Z"));
    assertTrue(s.getExamples().isEmpty(), "examples removed");
    assertEquals(Instant.parse("2026-12-07T10:00:00Z"), s.getUpdatedAt());
  }
}
