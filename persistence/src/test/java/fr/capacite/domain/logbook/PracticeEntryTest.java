package fr.capacite.domain.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.identity.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PracticeEntryTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  private final User maya = new User("maya", "maya@example.org", "Maya", "h");

  /** An individual accompaniment's facts, each test changing only what it is about. */
  private static final class Given {
    LocalDate day = TODAY;
    LogKind kind = LogKind.INDIVIDUAL;
    Set<LogTheme> themes = Set.of(LogTheme.EMAIL);
    int minutes = 30;
    int participants = 1;
    PlaceKind place = PlaceKind.ACTIVITY_SITE;
    Approach approach = Approach.WITH;
    Autonomy before = Autonomy.GUIDED;
    Autonomy after = Autonomy.PARTLY;
    LogOutcome outcome = LogOutcome.SOLVED;
    String code;
    String note;

    PracticeEntry.Facts facts() {
      return new PracticeEntry.Facts(
          day,
          kind,
          themes,
          minutes,
          participants,
          place,
          approach,
          before,
          after,
          outcome,
          code,
          note);
    }
  }

  private static Given given(java.util.function.Consumer<Given> change) {
    Given g = new Given();
    change.accept(g);
    return g;
  }

  private PracticeEntry entry(Given g) {
    return new PracticeEntry(maya, g.facts(), TODAY, Instant.EPOCH);
  }

  private String refusal(Given g) {
    return assertThrows(IllegalArgumentException.class, () -> entry(g)).getMessage();
  }

  @Test
  void anIndividualAccompanimentSaysWithOrForAndTheAutonomyBeforeAndAfter() {
    PracticeEntry e =
        entry(
            given(
                g -> {
                  g.participants = 0;
                  g.code = "ab-12";
                  g.note = " Première visite ";
                }));
    assertEquals(1, e.getParticipants());
    assertEquals("AB-12", e.getFollowUpCode(), "codes are kept in capitals");
    assertEquals("Première visite", e.getNote());
    assertTrue(e.autonomyRose());
    assertEquals("logbook.individualFacts", refusal(given(g -> g.approach = null)));
    assertEquals("logbook.individualFacts", refusal(given(g -> g.after = null)));
  }

  @Test
  void aWorkshopCountsItsParticipantsAndHasNoPersonalFacts() {
    PracticeEntry w =
        entry(
            given(
                g -> {
                  g.kind = LogKind.COLLECTIVE;
                  g.themes = Set.of(LogTheme.SECURITY);
                  g.minutes = 90;
                  g.participants = 8;
                  g.approach = Approach.FOR;
                  g.after = Autonomy.AUTONOMOUS;
                  g.code = "AB-12";
                }));
    assertEquals(8, w.getParticipants());
    assertNull(w.getApproach());
    assertNull(w.getAutonomyBefore());
    assertNull(w.getFollowUpCode(), "no follow-up of a group");
    assertFalse(w.autonomyRose());
    assertEquals(
        "logbook.participants",
        refusal(
            given(
                g -> {
                  g.kind = LogKind.COLLECTIVE;
                  g.participants = 0;
                  g.approach = null;
                  g.before = null;
                  g.after = null;
                })));
  }

  @Test
  void aProcedureIsAboutAdministrativeProceduresAndTheirDomainsNeedIt() {
    PracticeEntry p =
        entry(
            given(
                g -> {
                  g.kind = LogKind.ADMINISTRATIVE;
                  g.themes = Set.of(LogTheme.HOUSING);
                  g.place = PlaceKind.REMOTE;
                  g.approach = Approach.FOR;
                  g.after = Autonomy.GUIDED;
                  g.outcome = LogOutcome.REFERRED;
                }));
    assertEquals(Set.of(LogTheme.HOUSING, LogTheme.PROCEDURES), p.getThemes());
    assertEquals("individuel", p.getKind().coopValue());
    assertEquals(
        "logbook.procedureThemes", refusal(given(g -> g.themes = Set.of(LogTheme.HOUSING))));
  }

  @Test
  void whatCannotBeTrueIsRefused() {
    assertEquals("logbook.dayInFuture", refusal(given(g -> g.day = TODAY.plusDays(1))));
    assertEquals("logbook.themeRequired", refusal(given(g -> g.themes = Set.of())));
    assertEquals("logbook.followUpCode", refusal(given(g -> g.code = "Mme Dupont")));
    assertEquals("logbook.minutes", refusal(given(g -> g.minutes = 2)));
    assertEquals("logbook.noteTooLong", refusal(given(g -> g.note = "x".repeat(501))));
  }

  @Test
  void aRepeatVisitNeedsLessHelpWhenThePersonStartsMoreAutonomousOrActsThemselves() {
    PracticeEntry first =
        entry(
            given(
                g -> {
                  g.code = "AB-01";
                  g.approach = Approach.FOR;
                }));
    PracticeEntry same = entry(given(g -> g.code = "AB-01"));
    PracticeEntry further =
        entry(
            given(
                g -> {
                  g.code = "AB-01";
                  g.before = Autonomy.PARTLY;
                  g.approach = Approach.FOR;
                }));
    PracticeEntry noCode = entry(given(g -> g.code = null));
    first.chainAfter(null, 1);
    same.chainAfter(first, 2);
    further.chainAfter(same, 3);
    noCode.chainAfter(first, 2);
    assertEquals(1, first.getVisitRank());
    assertNull(first.getLessHelp(), "a first visit compares with nothing");
    assertTrue(same.getLessHelp(), "done with the person where it was done for them");
    assertTrue(further.getLessHelp(), "the person started more autonomous");
    assertNull(
        entry(given(g -> g.code = "AB-01")).getLessHelp(), "not chained until placed in its chain");
    PracticeEntry again = entry(given(g -> g.code = "AB-01"));
    again.chainAfter(same, 3);
    assertFalse(again.getLessHelp(), "same start, same way: not less help");
    assertNull(noCode.getVisitRank(), "no code, no chain");
    assertEquals(202612, first.getMonthKey());
  }

  @Test
  void aSiteHasANameAndAFrenchPostalCodeThatGivesItsDepartment() {
    MediatorSite lyon = new MediatorSite(maya, " Médiathèque ", "69003", Instant.EPOCH);
    assertEquals("Médiathèque", lyon.getName());
    assertEquals("69", lyon.getDepartment());
    assertEquals("2A", new MediatorSite(maya, "Ajaccio", "20000", Instant.EPOCH).getDepartment());
    assertEquals(
        "974", new MediatorSite(maya, "Saint-Denis", "97400", Instant.EPOCH).getDepartment());
    assertEquals(
        "logbook.site.postalCode",
        assertThrows(
                IllegalArgumentException.class,
                () -> new MediatorSite(maya, "Nulle part", "6900", Instant.EPOCH))
            .getMessage());
    assertEquals(
        "logbook.site.name",
        assertThrows(
                IllegalArgumentException.class,
                () -> new MediatorSite(maya, " ", "69003", Instant.EPOCH))
            .getMessage());
  }

  @Test
  void anEntryAtAPlaceOfActivityNeedsOneOfItsAuthorsSites() {
    MediatorSite lyon = new MediatorSite(maya, "Médiathèque", "69003", Instant.EPOCH);
    MediatorSite bordeaux = new MediatorSite(maya, "Tiers-lieu", "33000", Instant.EPOCH);
    PracticeEntry there = entry(new Given());
    there.locate(bordeaux, lyon);
    assertEquals("33", there.getDepartment());
    assertEquals(
        "logbook.site.required",
        assertThrows(IllegalArgumentException.class, () -> there.locate(null, lyon)).getMessage());
    PracticeEntry home = entry(given(g -> g.place = PlaceKind.HOME));
    home.locate(bordeaux, lyon);
    assertNull(home.getSite(), "at home, no site");
    assertEquals("69", home.getDepartment(), "counted where the mediator's base is");
    User other = new User("leo", "leo@example.org", "Léo", "h");
    MediatorSite theirs = new MediatorSite(other, "Ailleurs", "13001", Instant.EPOCH);
    assertEquals(
        "logbook.site.notYours",
        assertThrows(IllegalArgumentException.class, () -> there.locate(theirs, lyon))
            .getMessage());
  }

  @Test
  void theTitlesCompetencesAreSuggestedFromTheKindAndThemes() {
    assertEquals(
        java.util.List.of(1, 2, 4),
        java.util.List.copyOf(
            CompetenceSuggestions.suggest(LogKind.INDIVIDUAL, Set.of(LogTheme.EMAIL), false)),
        "welcomed, needs heard, accompaniment led");
    assertEquals(
        java.util.List.of(3, 4),
        java.util.List.copyOf(
            CompetenceSuggestions.suggest(LogKind.COLLECTIVE, Set.of(LogTheme.SECURITY), false)),
        "a workshop is designed and led");
    assertEquals(
        java.util.List.of(2, 3, 4, 5),
        java.util.List.copyOf(
            CompetenceSuggestions.suggest(LogKind.COLLECTIVE, Set.of(LogTheme.DIAGNOSTIC), true)),
        "a diagnosis, and a note that evaluates the practice");
    assertTrue(CompetenceSuggestions.suggest(null, Set.of(), true).isEmpty());
  }

  @Test
  void anImportedEntryMayLeaveWhatLaCoopDoesNotRecordUnrecordedAndOnlyThere() {
    Given coop =
        given(
            g -> {
              g.approach = null;
              g.before = null;
            });
    PracticeEntry imported = PracticeEntry.imported(maya, coop.facts(), TODAY, Instant.EPOCH);
    Given coopOutcome =
        given(
            g -> {
              g.approach = null;
              g.before = null;
              g.outcome = LogOutcome.NOT_RECORDED;
            });
    assertEquals(
        LogOutcome.NOT_RECORDED,
        PracticeEntry.imported(maya, coopOutcome.facts(), TODAY, Instant.EPOCH).facts().outcome());
    assertNull(imported.facts().approach());
    assertNull(imported.facts().autonomyBefore());
    assertEquals(
        "logbook.individualFacts",
        assertThrows(IllegalArgumentException.class, () -> entry(coop)).getMessage(),
        "logged by hand, an accompaniment says all");
    Given noOutcome = given(g -> g.outcome = LogOutcome.NOT_RECORDED);
    assertEquals(
        "logbook.required",
        assertThrows(IllegalArgumentException.class, () -> entry(noOutcome)).getMessage(),
        "\"not recorded\" is never chosen");
    assertEquals(
        "logbook.individualFacts",
        assertThrows(IllegalArgumentException.class, () -> imported.describe(coop.facts(), TODAY))
            .getMessage(),
        "a correction asks for what the import could not know");
  }

  @Test
  void aVisitWhoseSignsAreNotRecordedNeitherNeededLessHelpNorNot() {
    PracticeEntry first = entry(given(g -> g.code = "CD-02"));
    PracticeEntry imported =
        PracticeEntry.imported(
            maya,
            given(
                    g -> {
                      g.code = "CD-02";
                      g.approach = null;
                      g.before = null;
                    })
                .facts(),
            TODAY,
            Instant.EPOCH);
    first.chainAfter(null, 1);
    imported.chainAfter(first, 2);
    assertEquals(2, imported.getVisitRank());
    assertNull(imported.getLessHelp(), "unknown, left out of the share");
    PracticeEntry withoutApproach =
        PracticeEntry.imported(
            maya,
            given(
                    g -> {
                      g.code = "CD-02";
                      g.approach = null;
                      g.before = Autonomy.AUTONOMOUS;
                    })
                .facts(),
            TODAY,
            Instant.EPOCH);
    withoutApproach.chainAfter(first, 2);
    assertTrue(withoutApproach.getLessHelp(), "started more autonomous: that sign is enough");
  }
}
