package fr.capacite.domain.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.TrainingOrganisation;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PracticeSharingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
  private static final Instant NOW = Instant.parse("2026-12-08T09:00:00Z");

  private final TrainingOrganisation structure =
      new TrainingOrganisation("Les Ateliers du Numérique", "82314567800012");
  private final User manager = new User("gestionnaire", "g@example.org", "Gérante", "h");
  private final User maya = new User("maya", "maya@example.org", "Maya", "h");

  private PracticeSharing invited() {
    return new PracticeSharing(structure, maya, manager, NOW);
  }

  @Test
  void consentStartsTheSharingOnTheDayOfTheAnswer() {
    PracticeSharing s = invited();
    assertEquals(PracticeSharing.Status.INVITED, s.getStatus());
    assertNull(s.getSinceDay(), "nothing counts before the mediator consents");
    s.answer(true, TODAY, NOW.plusSeconds(60));
    assertEquals(PracticeSharing.Status.ACTIVE, s.getStatus());
    assertEquals(TODAY, s.getSinceDay());
    assertEquals(NOW.plusSeconds(60), s.getAnsweredAt());
  }

  @Test
  void aRefusalSharesNothingAndIsAnsweredOnce() {
    PracticeSharing s = invited();
    s.answer(false, TODAY, NOW);
    assertEquals(PracticeSharing.Status.DECLINED, s.getStatus());
    assertNull(s.getSinceDay());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> s.answer(true, TODAY, NOW));
    assertEquals("logbook.sharing.answered", e.getMessage());
  }

  @Test
  void eitherSideEndsItAndOnlyOnce() {
    PracticeSharing byMediator = invited();
    byMediator.answer(true, TODAY, NOW);
    byMediator.end(PracticeSharing.Side.MEDIATOR, NOW.plusSeconds(5));
    assertEquals(PracticeSharing.Status.ENDED, byMediator.getStatus());
    assertEquals(PracticeSharing.Side.MEDIATOR, byMediator.getEndedBy());
    assertThrows(
        IllegalStateException.class, () -> byMediator.end(PracticeSharing.Side.STRUCTURE, NOW));

    PracticeSharing withdrawn = invited();
    withdrawn.end(PracticeSharing.Side.STRUCTURE, NOW);
    assertEquals(PracticeSharing.Status.ENDED, withdrawn.getStatus());
    assertThrows(IllegalStateException.class, () -> withdrawn.answer(true, TODAY, NOW));
  }

  @Test
  void anOpenInvitationOrSharingIsNotInvitedAgainButAnEndedOneIs() {
    PracticeSharing s = invited();
    assertEquals(
        "logbook.sharing.pending",
        assertThrows(IllegalStateException.class, () -> s.invite(manager, NOW)).getMessage());
    s.answer(true, TODAY, NOW);
    assertEquals(
        "logbook.sharing.already",
        assertThrows(IllegalStateException.class, () -> s.invite(manager, NOW)).getMessage());
    s.end(PracticeSharing.Side.MEDIATOR, NOW);
    s.invite(manager, NOW.plusSeconds(3600));
    assertEquals(PracticeSharing.Status.INVITED, s.getStatus());
    assertNull(s.getSinceDay(), "a new consent is asked, from a new day");
    assertNull(s.getEndedBy());
    assertEquals(NOW.plusSeconds(3600), s.getInvitedAt());
  }
}
