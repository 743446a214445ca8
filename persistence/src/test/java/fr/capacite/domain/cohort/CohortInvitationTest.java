package fr.capacite.domain.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.shared.FrenchTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CohortInvitationTest {

  private final Instant now = Instant.parse("2026-12-07T10:00:00Z");
  private final User ada = new User("ada", "ada@example.org", "Ada", "hash");

  private CohortInvitation invitation(Instant cohortEnds) {
    return new CohortInvitation(
        null,
        "ada@example.org",
        " Ada ",
        105,
        "d",
        "gestionnaire",
        "fr",
        now,
        cohortEnds,
        FrenchTime.ZONE);
  }

  @Test
  void anInvitationLastsThirtyDaysAndNeverOutlivesTheCohort() {
    CohortInvitation far = invitation(now.plus(Duration.ofDays(200)));
    // Until the end of the thirtieth day, Paris time (7 December 11:00 → 6 January, 24:00).
    assertEquals(Instant.parse("2027-01-06T23:00:00Z"), far.getExpiresAt());
    assertEquals("Ada", far.getName());
    assertTrue(far.answerable(now.plus(Duration.ofDays(29))));
    assertTrue(far.answerable(Instant.parse("2027-01-06T22:59:59Z")));
    assertFalse(far.answerable(Instant.parse("2027-01-06T23:00:00Z")));
    CohortInvitation soon = invitation(now.plus(Duration.ofDays(3)));
    assertEquals(now.plus(Duration.ofDays(3)), soon.getExpiresAt());
  }

  @Test
  void itIsAnsweredOnceAndTakenBackOnlyWhileItWaits() {
    CohortInvitation i = invitation(now.plus(Duration.ofDays(90)));
    i.accept(ada, now.plusSeconds(60));
    assertEquals(InvitationStatus.ACCEPTED, i.getStatus());
    assertEquals(ada, i.getLearner());
    assertThrows(IllegalStateException.class, () -> i.decline(null, now.plusSeconds(61)));
    assertThrows(IllegalStateException.class, () -> i.cancel(now.plusSeconds(62)));

    CohortInvitation declined = invitation(now.plus(Duration.ofDays(90)));
    declined.decline(null, now);
    assertNull(declined.getLearner(), "no account is needed to say no");
    CohortInvitation cancelled = invitation(now.plus(Duration.ofDays(90)));
    cancelled.cancel(now);
    assertFalse(cancelled.answerable(now));
    CohortInvitation expired = invitation(now.plus(Duration.ofDays(1)));
    assertThrows(
        IllegalStateException.class, () -> expired.accept(ada, now.plus(Duration.ofDays(2))));
  }
}
