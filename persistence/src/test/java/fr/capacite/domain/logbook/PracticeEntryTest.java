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

  private static PracticeEntry.Facts individual(Set<LogTheme> themes, String code) {
    return new PracticeEntry.Facts(
        TODAY,
        LogKind.INDIVIDUAL,
        themes,
        30,
        0,
        PlaceKind.ACTIVITY_SITE,
        Approach.WITH,
        Autonomy.GUIDED,
        Autonomy.PARTLY,
        LogOutcome.SOLVED,
        code,
        " Première visite ");
  }

  private String refusal(PracticeEntry.Facts f) {
    return assertThrows(
            IllegalArgumentException.class, () -> new PracticeEntry(maya, f, TODAY, Instant.EPOCH))
        .getMessage();
  }

  @Test
  void anIndividualAccompanimentSaysWithOrForAndTheAutonomyBeforeAndAfter() {
    PracticeEntry e =
        new PracticeEntry(maya, individual(Set.of(LogTheme.EMAIL), "ab-12"), TODAY, Instant.EPOCH);
    assertEquals(1, e.getParticipants());
    assertEquals("AB-12", e.getFollowUpCode(), "codes are kept in capitals");
    assertEquals("Première visite", e.getNote());
    assertTrue(e.autonomyRose());
    PracticeEntry.Facts noApproach =
        new PracticeEntry.Facts(
            TODAY,
            LogKind.INDIVIDUAL,
            Set.of(LogTheme.EMAIL),
            30,
            1,
            PlaceKind.HOME,
            null,
            Autonomy.GUIDED,
            Autonomy.GUIDED,
            LogOutcome.SOLVED,
            null,
            null);
    assertEquals("logbook.individualFacts", refusal(noApproach));
  }

  @Test
  void aWorkshopCountsItsParticipantsAndHasNoPersonalFacts() {
    PracticeEntry w =
        new PracticeEntry(
            maya,
            new PracticeEntry.Facts(
                TODAY,
                LogKind.COLLECTIVE,
                Set.of(LogTheme.SECURITY),
                90,
                8,
                PlaceKind.ACTIVITY_SITE,
                Approach.FOR,
                Autonomy.GUIDED,
                Autonomy.AUTONOMOUS,
                LogOutcome.SOLVED,
                "AB-12",
                null),
            TODAY,
            Instant.EPOCH);
    assertEquals(8, w.getParticipants());
    assertNull(w.getApproach());
    assertNull(w.getAutonomyBefore());
    assertNull(w.getFollowUpCode(), "no follow-up of a group");
    assertFalse(w.autonomyRose());
    assertEquals(
        "logbook.participants",
        refusal(
            new PracticeEntry.Facts(
                TODAY,
                LogKind.COLLECTIVE,
                Set.of(LogTheme.SECURITY),
                90,
                0,
                PlaceKind.OTHER,
                null,
                null,
                null,
                LogOutcome.SOLVED,
                null,
                null)));
  }

  @Test
  void aProcedureIsAboutAdministrativeProceduresAndTheirDomainsNeedIt() {
    PracticeEntry p =
        new PracticeEntry(
            maya,
            new PracticeEntry.Facts(
                TODAY,
                LogKind.ADMINISTRATIVE,
                Set.of(LogTheme.HOUSING),
                45,
                1,
                PlaceKind.REMOTE,
                Approach.FOR,
                Autonomy.GUIDED,
                Autonomy.GUIDED,
                LogOutcome.REFERRED,
                null,
                null),
            TODAY,
            Instant.EPOCH);
    assertEquals(Set.of(LogTheme.HOUSING, LogTheme.PROCEDURES), p.getThemes());
    assertEquals("individuel", p.getKind().coopValue());
    assertEquals("logbook.procedureThemes", refusal(individual(Set.of(LogTheme.HOUSING), null)));
  }

  @Test
  void whatCannotBeTrueIsRefused() {
    assertEquals(
        "logbook.dayInFuture",
        refusal(
            new PracticeEntry.Facts(
                TODAY.plusDays(1),
                LogKind.INDIVIDUAL,
                Set.of(LogTheme.EMAIL),
                30,
                1,
                PlaceKind.HOME,
                Approach.WITH,
                Autonomy.GUIDED,
                Autonomy.GUIDED,
                LogOutcome.SOLVED,
                null,
                null)));
    assertEquals("logbook.themeRequired", refusal(individual(Set.of(), null)));
    assertEquals("logbook.followUpCode", refusal(individual(Set.of(LogTheme.EMAIL), "Mme Dupont")));
    assertEquals(
        "logbook.minutes",
        refusal(
            new PracticeEntry.Facts(
                TODAY,
                LogKind.INDIVIDUAL,
                Set.of(LogTheme.EMAIL),
                2,
                1,
                PlaceKind.HOME,
                Approach.WITH,
                Autonomy.GUIDED,
                Autonomy.GUIDED,
                LogOutcome.SOLVED,
                null,
                null)));
    assertEquals(
        "logbook.noteTooLong",
        refusal(
            new PracticeEntry.Facts(
                TODAY,
                LogKind.INDIVIDUAL,
                Set.of(LogTheme.EMAIL),
                30,
                1,
                PlaceKind.HOME,
                Approach.WITH,
                Autonomy.GUIDED,
                Autonomy.GUIDED,
                LogOutcome.SOLVED,
                null,
                "x".repeat(501))));
  }
}
