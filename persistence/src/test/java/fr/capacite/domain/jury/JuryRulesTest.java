package fr.capacite.domain.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.ExamCentreApproval;
import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockEquivalence;
import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.referential.Certification;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.referential.EquivalenceKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The jury rules of domain.md, one test (or more) per rule, named after it. */
class JuryRulesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

  private final TrainingOrganisation centre = new TrainingOrganisation("Centre", "82314567800012");
  private final Site site = new Site(centre, "Salle d'examen");
  private final Certification title = new Certification("TP", "Titre");
  private final CertificationVersion remn = title.addVersion("REMN-2019", "REMN");
  private final Block remn1 = remn.addBlock("CCP1", "A", BlockKind.CCP);
  private final Block remn2 = remn.addBlock("CCP2", "B", BlockKind.CCP);
  private final Block remn3 = remn.addBlock("CCP3", "C", BlockKind.CCP);
  private final CertificationVersion mn = title.addVersion("MN-2025", "MN");
  private final Block mn1 = mn.addBlock("CCP1", "A", BlockKind.CCP);
  private final Block mn2 = mn.addBlock("CCP2", "B", BlockKind.CCP);
  private final Block mn3 = mn.addBlock("CCP3", "C", BlockKind.CCP);
  private final Block mnCcs = mn.addBlock("CCS1", "S", BlockKind.CCS);
  private final User learner = new User("maya", "maya@example.org", "Maya", "h");

  {
    remn.setValidity(LocalDate.of(2019, 7, 13), LocalDate.of(2025, 7, 12), true);
    mn.setValidity(LocalDate.of(2025, 7, 13), null, false);
  }

  private ExamSession session(ExamKind kind, Set<Block> blocks, ExamModality modality) {
    return new ExamSession(centre, site, mn, kind, blocks, DAY, modality, "Session");
  }

  private static JurorProfile juror(
      LocalDate habilitationUntil,
      int years,
      LocalDate left,
      LocalDate induction,
      LocalDate charter) {
    JurorProfile p = new JurorProfile(new User("jules", "j@example.org", "Jules", "h"));
    p.describe("Occitanie", habilitationUntil, years, left, induction, charter, null);
    return p;
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(Finding::key).toList();
  }

  @Test
  void r1AJurorNeedsAnActiveHabilitationOnTheSessionDay() {
    LocalDate ok = LocalDate.of(2020, 1, 1);
    assertTrue(juror(DAY, 5, null, ok, ok).problemsOn(DAY).isEmpty(), "valid through the day");
    assertEquals(
        List.of("jury.juror.habilitationExpired"),
        keys(juror(DAY.minusDays(1), 5, null, ok, ok).problemsOn(DAY)));
    assertEquals(
        List.of("jury.juror.noHabilitation"), keys(juror(null, 5, null, ok, ok).problemsOn(DAY)));
  }

  @Test
  void r2AJurorHasThreeYearsInTheJobRecentPracticeInductionAndTheCharter() {
    LocalDate ok = LocalDate.of(2020, 1, 1);
    LocalDate valid = DAY.plusYears(1);
    assertEquals(List.of("jury.juror.tooNew"), keys(juror(valid, 2, null, ok, ok).problemsOn(DAY)));
    assertTrue(juror(valid, 3, DAY.minusYears(5), ok, ok).problemsOn(DAY).isEmpty());
    assertEquals(
        List.of("jury.juror.leftTooLongAgo"),
        keys(juror(valid, 10, DAY.minusYears(5).minusDays(1), ok, ok).problemsOn(DAY)));
    assertEquals(
        List.of("jury.juror.noInduction", "jury.juror.noCharter"),
        keys(juror(valid, 10, null, null, null).problemsOn(DAY)));
    assertEquals(
        List.of("jury.juror.noCharter"),
        keys(juror(valid, 10, null, ok, DAY.plusDays(1)).problemsOn(DAY)),
        "a charter signed after the session does not count");
  }

  @Test
  void r3AJurorIsExcludedFromCandidatesTheyTrainedWorkWithOrDeclared() {
    var candidate = new ConflictScreening.Candidate(7, Set.of(40L), Set.of(3L), "Mairie de Lyon");
    var neutral = new ConflictScreening.Juror(1, Set.of(), Set.of(9L), "Emmaüs Connect", Set.of());
    assertTrue(ConflictScreening.exclusions(neutral, candidate).isEmpty());
    var trainer = new ConflictScreening.Juror(1, Set.of(40L), Set.of(), null, Set.of());
    assertEquals(
        List.of("jury.conflict.trained"), keys(ConflictScreening.exclusions(trainer, candidate)));
    var colleague = new ConflictScreening.Juror(1, Set.of(), Set.of(3L), null, Set.of());
    assertEquals(
        List.of("jury.conflict.sameOrganisation"),
        keys(ConflictScreening.exclusions(colleague, candidate)));
    var sameEmployer =
        new ConflictScreening.Juror(1, Set.of(), Set.of(), "  mairie DE lyon ", Set.of());
    assertEquals(
        List.of("jury.conflict.sameEmployer"),
        keys(ConflictScreening.exclusions(sameEmployer, candidate)));
    var declared = new ConflictScreening.Juror(1, Set.of(), Set.of(), null, Set.of(7L));
    assertEquals(
        List.of("jury.conflict.declared"), keys(ConflictScreening.exclusions(declared, candidate)));
  }

  @Test
  void r4OnlyACentreApprovedForTheVersionSiteAndDayHoldsTheSession() {
    ExamCentreApproval a =
        new ExamCentreApproval(centre, mn, site, "DREETS-1", DAY.minusYears(1), DAY);
    assertTrue(a.covers(mn, site, DAY));
    assertFalse(a.covers(mn, site, DAY.plusDays(1)), "approval over");
    assertFalse(a.covers(remn, site, DAY), "another version");
    assertFalse(a.covers(mn, new Site(centre, "Autre"), DAY), "another site");
  }

  @Test
  void r5r7TheTitleIsGrantedWhenEveryCcpIsHeldCountingEquivalences() {
    List<BlockEquivalence> eq =
        List.of(
            new BlockEquivalence(remn1, mn1, EquivalenceKind.TOTAL),
            new BlockEquivalence(remn2, mn2, EquivalenceKind.PARTIAL));
    List<BlockResult> history =
        List.of(
            new BlockResult(learner, remn1, null, true, LocalDate.of(2024, 6, 1)),
            new BlockResult(learner, remn2, null, true, LocalDate.of(2024, 6, 1)),
            new BlockResult(learner, mn3, null, false, LocalDate.of(2025, 10, 1)),
            new BlockResult(learner, mn3, null, true, LocalDate.of(2026, 1, 15)));
    Map<Block, Capitalisation.Held> held = Capitalisation.held(history, eq, mn, DAY);
    assertTrue(held.get(mn1).byEquivalence(), "REMN CCP1 carries to MN CCP1 (total)");
    assertFalse(held.containsKey(mn2), "a partial equivalence carries nothing on its own");
    assertFalse(held.get(mn3).byEquivalence());
    assertFalse(Capitalisation.titleHeld(held, mn));
    List<BlockResult> more = new java.util.ArrayList<>(history);
    more.add(new BlockResult(learner, mn2, null, true, LocalDate.of(2026, 2, 1)));
    assertTrue(Capitalisation.titleHeld(Capitalisation.held(more, eq, mn, DAY), mn));
  }

  @Test
  void r7BlocksOfAVersionCountUntilOneYearAfterItsEnd() {
    List<BlockResult> history =
        List.of(new BlockResult(learner, remn1, null, true, LocalDate.of(2024, 6, 1)));
    assertTrue(
        Capitalisation.held(history, List.of(), remn, LocalDate.of(2026, 7, 12))
            .containsKey(remn1));
    assertTrue(Capitalisation.held(history, List.of(), remn, LocalDate.of(2026, 7, 13)).isEmpty());
  }

  @Test
  void r7TheExtraYearNeedsARegistrationAndATrainingBeforeTheEnd() {
    List<BlockResult> history =
        List.of(new BlockResult(learner, remn1, null, true, LocalDate.of(2024, 6, 1)));
    LocalDate inExtraYear = LocalDate.of(2026, 3, 10);
    LocalDate before = LocalDate.of(2025, 5, 1);
    LocalDate after = LocalDate.of(2025, 9, 1);
    assertTrue(Capitalisation.inExtraYear(remn, inExtraYear));
    assertTrue(
        Capitalisation.held(
                history, List.of(), remn, inExtraYear, new Capitalisation.ExtraYear(before, before))
            .containsKey(remn1),
        "registered and trained before the end: the block still counts");
    assertTrue(
        Capitalisation.held(
                history, List.of(), remn, inExtraYear, new Capitalisation.ExtraYear(after, before))
            .isEmpty(),
        "registered after the end");
    assertEquals(
        List.of("jury.candidate.extraYear.registeredLate", "jury.candidate.extraYear.noTraining"),
        new Capitalisation.ExtraYear(after, null).refusals(remn));
    assertEquals(
        List.of("jury.candidate.extraYear.trainedLate"),
        new Capitalisation.ExtraYear(before, after).refusals(remn));
    // While the version is valid, the conditions do not matter.
    assertTrue(
        Capitalisation.held(
                history,
                List.of(),
                remn,
                LocalDate.of(2025, 1, 10),
                new Capitalisation.ExtraYear(after, null))
            .containsKey(remn1));
  }

  @Test
  void r6AndR7WhatIsHeldNeedNotBeSatAndACcsNeedsTheTitle() {
    ExamSession ccp1 = session(ExamKind.CCP, Set.of(mn1), ExamModality.ON_SITE);
    var holdsCcp1 = Map.of(mn1, new Capitalisation.Held(mn1, remn1, LocalDate.of(2024, 6, 1)));
    List<Finding> f =
        CandidateEligibility.check(
            ccp1, new CandidateEligibility.Facts(holdsCcp1, false, List.of(), null, null, null));
    assertEquals(
        List.of("jury.candidate.heldByEquivalence", "jury.candidate.nothingToSit"), keys(f));
    assertTrue(Finding.anyBlocking(f));

    ExamSession ccs = session(ExamKind.CCS, Set.of(mnCcs), ExamModality.ON_SITE);
    assertEquals(
        List.of("jury.candidate.ccsNeedsTitle"),
        keys(
            CandidateEligibility.check(
                ccs,
                new CandidateEligibility.Facts(Map.of(), false, List.of(), null, null, null))));
    assertTrue(
        CandidateEligibility.check(
                ccs, new CandidateEligibility.Facts(Map.of(), true, List.of(), null, null, null))
            .isEmpty());
  }

  @Test
  void r8AtMostThreeTitleSessionsInAnyTwelveMonths() {
    ExamSession t = session(ExamKind.TITLE, Set.of(mn1, mn2, mn3), ExamModality.ON_SITE);
    List<LocalDate> three = List.of(DAY.minusMonths(11), DAY.minusMonths(6), DAY.minusMonths(1));
    assertEquals(
        List.of("jury.candidate.tooManyTitleSessions"),
        keys(
            CandidateEligibility.check(
                t, new CandidateEligibility.Facts(Map.of(), false, three, null, null, null))));
    List<LocalDate> spread = List.of(DAY.minusMonths(13), DAY.minusMonths(6), DAY.minusMonths(1));
    assertTrue(
        CandidateEligibility.check(
                t, new CandidateEligibility.Facts(Map.of(), false, spread, null, null, null))
            .isEmpty());
  }

  @Test
  void r8AfterAFailureATrainedCandidateResitsWithoutTrainingForOneYear() {
    ExamSession s = session(ExamKind.CCP, Set.of(mn2), ExamModality.ON_SITE);
    var holdsCcp1 = Map.of(mn1, new Capitalisation.Held(mn1, mn1, LocalDate.of(2025, 9, 1)));
    LocalDate trained = DAY.minusMonths(14);
    assertTrue(
        Finding.anyBlocking(
            CandidateEligibility.check(
                s,
                new CandidateEligibility.Facts(
                    holdsCcp1, false, List.of(), DAY.minusYears(1).minusDays(1), trained, null))));
    assertFalse(
        keys(CandidateEligibility.check(
                s,
                new CandidateEligibility.Facts(
                    holdsCcp1, false, List.of(), DAY.minusMonths(11), trained, null)))
            .contains("jury.candidate.retrainingNeeded"));
  }

  @Test
  void r11Ccp2AndCcp3BuildOnCcp1AndTheExamFollowsTrainingWithinSixMonths() {
    ExamSession s = session(ExamKind.CCP, Set.of(mn2, mn3), ExamModality.ON_SITE);
    assertEquals(
        List.of("jury.candidate.ccp1Required"),
        keys(
            CandidateEligibility.check(
                s, new CandidateEligibility.Facts(Map.of(), false, List.of(), null, null, null))));
    var holdsCcp1 = Map.of(mn1, new Capitalisation.Held(mn1, mn1, LocalDate.of(2025, 9, 1)));
    List<Finding> late =
        CandidateEligibility.check(
            s,
            new CandidateEligibility.Facts(
                holdsCcp1, false, List.of(), null, DAY.minusMonths(6).minusDays(1), null));
    assertEquals(List.of("jury.candidate.lateAfterTraining"), keys(late));
    assertFalse(Finding.anyBlocking(late), "a warning: the candidate may still sit");
  }

  @Test
  void r10ARemoteSessionAssessesCcp1AloneAndEachCandidateSitsInAStatedModality() {
    assertTrue(
        ExamSession.planProblems(mn, ExamKind.CCP, Set.of(mn1), ExamModality.REMOTE).isEmpty());
    assertEquals(
        List.of("jury.session.remoteCcp1Only"),
        keys(ExamSession.planProblems(mn, ExamKind.CCP, Set.of(mn1, mn2), ExamModality.REMOTE)));
    ExamSession onSite = session(ExamKind.CCP, Set.of(mn1), ExamModality.ON_SITE);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ExamCandidate(
                onSite, learner, CandidateSource.DIRECT, null, ExamModality.REMOTE, null));
  }

  @Test
  void aSessionAssessesBlocksOfItsVersionThatSuitItsKindAndMovesOneStepAtATime() {
    assertEquals(
        List.of("jury.session.titleNeedsEveryCcp"),
        keys(ExamSession.planProblems(mn, ExamKind.TITLE, Set.of(mn1), ExamModality.ON_SITE)));
    assertEquals(
        List.of("jury.session.blockOfAnotherVersion"),
        keys(ExamSession.planProblems(mn, ExamKind.CCP, Set.of(remn1), ExamModality.ON_SITE)));
    assertEquals(
        List.of("jury.session.ccsOnly"),
        keys(ExamSession.planProblems(mn, ExamKind.CCS, Set.of(mn1), ExamModality.ON_SITE)));
    ExamSession s = session(ExamKind.TITLE, Set.of(mn1, mn2, mn3), ExamModality.ON_SITE);
    assertEquals(ExamStatus.PLANNED, s.getStatus());
    assertThrows(IllegalStateException.class, () -> s.advanceTo(ExamStatus.SIGNED));
    s.advanceTo(ExamStatus.OPEN);
    assertEquals(ExamStatus.OPEN, s.getStatus());
    assertFalse(s.getStatus().isEditable());
  }

  @Test
  void r6TheEvidenceDependsOnTheKindOfSession() {
    assertEquals(
        java.util.EnumSet.of(
            EvidenceKind.DP, EvidenceKind.ECF, EvidenceKind.MSP, EvidenceKind.FINAL_INTERVIEW),
        EvidenceKind.expected(ExamKind.TITLE, true),
        "only title sessions have the final interview; the ECF is for trained candidates");
    assertEquals(
        java.util.EnumSet.of(EvidenceKind.DP, EvidenceKind.MSP),
        EvidenceKind.expected(ExamKind.CCP, false));
    assertTrue(EvidenceKind.allowed(ExamKind.CCP, true).contains(EvidenceKind.INTERVIEW));
    assertFalse(EvidenceKind.allowed(ExamKind.CCP, true).contains(EvidenceKind.FINAL_INTERVIEW));
    assertFalse(EvidenceKind.allowed(ExamKind.CCS, true).contains(EvidenceKind.ECF));
  }
}
