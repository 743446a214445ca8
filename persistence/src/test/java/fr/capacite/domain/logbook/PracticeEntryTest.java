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
}
