package fr.capacite.domain.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.referential.Certification;
import fr.capacite.domain.referential.CertificationVersion;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CohortTest {

  private final TrainingOrganisation organisation =
      new TrainingOrganisation("Les Ateliers", "82314567800012");
  private final Certification title = new Certification("TP", "Titre");
  private final CertificationVersion remn = title.addVersion("REMN-2019", "REMN");
  private final Block ccp1 = remn.addBlock("CCP1", "A", BlockKind.CCP);
  private final Block ccp2 = remn.addBlock("CCP2", "B", BlockKind.CCP);
  private final Block ccp3 = remn.addBlock("CCP3", "C", BlockKind.CCP);
  private final Programme cnfs2021 =
      new Programme("CNFS-2021-2023", "CnFS", Set.of(105, 280, 350, 420), 0);

  private Cohort cohort() {
    Cohort c = new Cohort(organisation, cnfs2021, remn, "C1");
    c.plan(
        "Cohorte", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30), 12, Modality.ON_SITE, null);
    return c;
  }

  @Test
  void theProgrammeDecidesWhichPathLengthsExist() {
    assertTrue(cnfs2021.allows(105));
    assertTrue(cnfs2021.allows(420));
    assertFalse(cnfs2021.allows(200));
    assertThrows(IllegalArgumentException.class, () -> new Programme("X", "X", Set.of(), 0));
    assertThrows(IllegalArgumentException.class, () -> new Programme("X", "X", Set.of(-5), 0));
    Programme cnfs2025 = new Programme("CNFS-2025", "CnFS 2025", Set.of(175), 210);
    assertEquals(210, cnfs2025.getPlacementHours());
  }

  @Test
  void learnersSignDuringTheSessionAndTheSheetIsCertifiedOnceItStarted() {
    TrainingSession s = new TrainingSession(cohort());
    java.time.LocalDate day = LocalDate.of(2026, 3, 2);
    s.schedule(day, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 0));
    AttendanceWindow w = AttendanceWindow.DEFAULT;
    assertFalse(w.allowsSigning(s, day.atTime(8, 29)), "too early");
    assertTrue(w.allowsSigning(s, day.atTime(8, 30)), "30 minutes before");
    assertTrue(w.allowsSigning(s, day.atTime(13, 0)), "an hour after the end");
    assertFalse(w.allowsSigning(s, day.atTime(13, 1)), "closed");
    assertFalse(AttendanceWindow.started(s, day.atTime(8, 59)));
    assertTrue(AttendanceWindow.started(s, day.atTime(9, 0)));
    AttendanceWindow strict =
        new AttendanceWindow(java.time.Duration.ZERO, java.time.Duration.ofMinutes(15));
    assertFalse(strict.allowsSigning(s, day.atTime(8, 59)));
    assertTrue(strict.allowsSigning(s, day.atTime(12, 15)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AttendanceWindow(java.time.Duration.ofMinutes(-1), java.time.Duration.ZERO));
  }

  @Test
  void aCohortEndsAfterItStartsAndHoldsAtLeastOneLearner() {
    Cohort c = new Cohort(organisation, cnfs2021, remn, "C2");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            c.plan(
                "X",
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1),
                10,
                Modality.REMOTE,
                null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            c.plan(
                "X", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), 0, Modality.REMOTE, null));
    Site elsewhere = new Site(new TrainingOrganisation("Autre", "90123456700013"), "Ailleurs");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            c.plan(
                "X",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1),
                10,
                Modality.REMOTE,
                elsewhere));
  }

  @Test
  void blocksComeFromTheCohortsVersionAndCcp2OrCcp3AloneNeedCcp1() {
    Cohort c = cohort();
    CertificationVersion mn = title.addVersion("MN-2025", "MN");
    Block mnCcp1 = mn.addBlock("CCP1", null, BlockKind.CCP);
    assertThrows(IllegalArgumentException.class, () -> c.target(Set.of(mnCcp1)));
    c.target(Set.of(ccp1));
    assertFalse(c.requiresCcp1());
    c.target(Set.of(ccp2, ccp3));
    assertTrue(c.requiresCcp1());
    c.target(Set.of(ccp1, ccp2, ccp3));
    assertFalse(c.requiresCcp1());
  }

  @Test
  void theScopeIsTheWholeTitleOrItsBlocksInTheTitlesOrder() {
    Cohort c = cohort();
    assertEquals(Cohort.FULL_TITLE, c.scope(), "no block targeted: the whole title");
    c.target(Set.of(ccp1));
    assertEquals("CCP1", c.scope());
    c.target(Set.of(ccp3, ccp2));
    assertEquals("CCP2+CCP3", c.scope());
    c.target(Set.of(ccp1, ccp2, ccp3));
    assertEquals(Cohort.FULL_TITLE, c.scope());
    assertEquals(
        "CCP1+CCP3",
        Cohort.scope(Set.of("CCP3", "CCP1"), java.util.List.of("CCP1", "CCP2", "CCP3")));
  }

  @Test
  void aPublishedOfferSaysWhereItTakesPlaceHasNotEndedAndStatesASensiblePrice() {
    Cohort c = cohort();
    LocalDate today = LocalDate.of(2026, 1, 1);
    // On site without a site: nowhere to say.
    assertThrows(IllegalArgumentException.class, () -> c.offer(true, null, Set.of(), null, today));
    Site site = new Site(organisation, "Centre");
    c.plan(
        "Cohorte", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30), 12, Modality.ON_SITE, site);
    c.offer(
        true,
        new java.math.BigDecimal("2450.50"),
        Set.of(Funding.CPF, Funding.OPCO),
        "  Entretien.  ",
        today);
    assertTrue(c.isOfferPublished());
    assertEquals(EnumSet.of(Funding.CPF, Funding.OPCO), c.getFunding());
    assertEquals("Entretien.", c.getOfferDetails());
    for (String wrong : new String[] {"-1", "100000.01", "12.345"}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> c.offer(true, new java.math.BigDecimal(wrong), Set.of(), null, today),
          wrong);
    }
    c.offer(true, java.math.BigDecimal.ZERO, Set.of(), " ", today);
    assertNull(c.getOfferDetails());
    assertThrows(
        IllegalArgumentException.class,
        () -> c.offer(true, null, Set.of(), null, LocalDate.of(2026, 7, 1)),
        "an ended cohort is not offered");
    c.offer(false, null, Set.of(), null, LocalDate.of(2026, 7, 1));
    assertFalse(c.isOfferPublished(), "withdrawn from the catalogue at any time");
    // Wholly remote: no site needed.
    Cohort remote = new Cohort(organisation, cnfs2021, remn, "C3");
    remote.plan(
        "À distance",
        LocalDate.of(2026, 1, 5),
        LocalDate.of(2026, 6, 30),
        12,
        Modality.REMOTE,
        null);
    remote.offer(true, null, Set.of(), null, today);
    assertTrue(remote.isOfferPublished());
  }

  @Test
  void aDayIsEitherAtTheOrganisationOrInTheHostStructure() {
    Cohort c = cohort();
    c.rhythm(EnumSet.of(DayOfWeek.MONDAY), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY));
    assertEquals(EnumSet.of(DayOfWeek.MONDAY), c.getOrganisationDays());
    assertThrows(
        IllegalArgumentException.class,
        () -> c.rhythm(EnumSet.of(DayOfWeek.MONDAY), EnumSet.of(DayOfWeek.MONDAY)));
    DaySetConverter converter = new DaySetConverter();
    assertEquals(
        "MONDAY,FRIDAY",
        converter.convertToDatabaseColumn(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY)));
    assertEquals(
        EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY),
        converter.convertToEntityAttribute("MONDAY,FRIDAY"));
    assertTrue(converter.convertToEntityAttribute(null).isEmpty());
  }

  @Test
  void enrolmentsTakeAPlaceOrARankAndWaitingLearnersArePromoted() {
    Cohort c = cohort();
    User learner = new User("maya", "maya@example.org", "Maya", "h");
    assertThrows(IllegalArgumentException.class, () -> new Enrolment(c, learner, 200, true, 0));
    Enrolment enrolled = new Enrolment(c, learner, 280, true, 0);
    assertEquals(EnrolmentStatus.ENROLLED, enrolled.getStatus());
    assertNull(enrolled.getWaitingRank());
    Enrolment waiting =
        new Enrolment(c, new User("lea", "lea@example.org", "Léa", "h"), 105, false, 3);
    assertEquals(EnrolmentStatus.WAITING, waiting.getStatus());
    assertEquals(3, waiting.getWaitingRank());
    assertThrows(IllegalStateException.class, enrolled::promote);
    assertThrows(IllegalArgumentException.class, () -> enrolled.withdraw(null, null));
    enrolled.withdraw(WithdrawalReason.EMPLOYMENT, "CDI signé");
    assertEquals(WithdrawalReason.EMPLOYMENT, enrolled.getWithdrawalReason());
    assertTrue(enrolled.isDropOut(), "left with a place: a drop-out");
    assertNotNull(enrolled.getWithdrawnAt());
    waiting.promote();
    Enrolment gaveUp =
        new Enrolment(c, new User("ali", "ali@example.org", "Ali", "h"), 105, false, 4);
    gaveUp.withdraw(WithdrawalReason.PERSONAL, null);
    assertFalse(gaveUp.isDropOut(), "gave up waiting: not a drop-out");
    assertEquals(EnrolmentStatus.WITHDRAWN, enrolled.getStatus());
    assertEquals(EnrolmentStatus.ENROLLED, waiting.getStatus());
    assertNull(waiting.getWaitingRank());
  }

  @Test
  void theRiskFlagIsRaisedOnceAndClearedByAPresence() {
    Enrolment e =
        new Enrolment(cohort(), new User("maya", "maya@example.org", "Maya", "h"), 280, true, 0);
    Instant now = Instant.parse("2026-03-10T10:00:00Z");
    assertTrue(e.assessRisk(true, now), "first verdict raises the flag");
    assertFalse(e.assessRisk(true, now.plusSeconds(60)), "still at risk: nobody is told twice");
    assertEquals(now, e.getAtRiskSince());
    assertFalse(e.assessRisk(false, now.plusSeconds(120)));
    assertNull(e.getAtRiskSince());
  }
}
