package fr.capacite.domain.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scoring: the sheet, the discrepancy rule, Cohen's κ and the decision per block (R5). */
class ScoringRulesTest {

  private final TrainingOrganisation centre = new TrainingOrganisation("Centre", "82314567800012");
  private final Site site = new Site(centre, "Salle");
  private final CertificationVersion mn =
      new Certification("TP", "Titre").addVersion("MN-2025", "MN");
  private final Block ccp1 = mn.addBlock("CCP1", "A", BlockKind.CCP);
  private final ExamSession session =
      new ExamSession(
          centre,
          site,
          mn,
          ExamKind.CCP,
          Set.of(ccp1),
          LocalDate.of(2026, 3, 12),
          ExamModality.ON_SITE,
          "S");
  private final ExamCandidate candidate =
      new ExamCandidate(
          session,
          new User("maya", "maya@example.org", "Maya", "h"),
          CandidateSource.DIRECT,
          null,
          ExamModality.ON_SITE,
          null);

  @Test
  void aSheetIsSubmittedOnlyCompleteAndIsFrozenAfterwards() {
    ScoreSheet s = new ScoreSheet(candidate, new User("jules", "j@example.org", "Jules", "h"));
    assertThrows(IllegalArgumentException.class, () -> s.score(ccp1, "c:1", 5));
    s.score(ccp1, "c:1", 3);
    s.score(ccp1, "c:1", 4); // edits until submission
    assertThrows(
        IllegalStateException.class,
        () -> s.submit(List.of("c:1", "c:2"), List.of(ccp1), Instant.now()),
        "an item is missing");
    s.score(ccp1, "c:2", 2);
    assertThrows(
        IllegalStateException.class,
        () -> s.submit(List.of("c:1", "c:2"), List.of(ccp1), Instant.now()),
        "no proposed decision yet");
    s.propose(ccp1, true, "Posture adaptée");
    s.submit(List.of("c:1", "c:2"), List.of(ccp1), Instant.now());
    assertTrue(s.isSubmitted());
    assertEquals(Map.of("c:1", 4, "c:2", 2), s.scoreMap());
    assertThrows(IllegalStateException.class, () -> s.score(ccp1, "c:1", 1));
    assertThrows(IllegalStateException.class, () -> s.propose(ccp1, false, null));
  }

  @Test
  void aBlockIsFlaggedWhenDecisionsDifferOrAScoreGapExceedsTheThreshold() {
    var a = new Discrepancy.Marks(Map.of("c:1", 3, "c:2", 3), true);
    var b = new Discrepancy.Marks(Map.of("c:1", 4, "c:2", 2), true);
    assertTrue(Discrepancy.of(List.of(a, b), 1).isEmpty(), "one point apart is within 1");
    var c = new Discrepancy.Marks(Map.of("c:1", 1, "c:2", 3), true);
    assertEquals(
        List.of("jury.discrepancy.scores"),
        Discrepancy.of(List.of(a, c), 1).stream().map(Finding::key).toList());
    assertTrue(Discrepancy.of(List.of(a, c), 2).isEmpty(), "a looser threshold");
    var d = new Discrepancy.Marks(Map.of("c:1", 3, "c:2", 3), false);
    assertEquals(
        List.of("jury.discrepancy.decisions"),
        Discrepancy.of(List.of(a, d), 1).stream().map(Finding::key).toList());
    assertTrue(Discrepancy.of(List.of(a), 0).isEmpty(), "one juror cannot disagree");
  }

  @Test
  void cohensKappaMeasuresAgreementBeyondChance() {
    // Classic example: 50 pairs, 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → κ = 0.4.
    List<CohenKappa.Pair> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      pairs.add(new CohenKappa.Pair(true, true));
    }
    for (int i = 0; i < 5; i++) {
      pairs.add(new CohenKappa.Pair(true, false));
    }
    for (int i = 0; i < 10; i++) {
      pairs.add(new CohenKappa.Pair(false, true));
    }
    for (int i = 0; i < 15; i++) {
      pairs.add(new CohenKappa.Pair(false, false));
    }
    assertEquals(0.4, CohenKappa.of(pairs), 1e-9);
    assertEquals(
        1.0,
        CohenKappa.of(List.of(new CohenKappa.Pair(true, true), new CohenKappa.Pair(false, false))),
        1e-9);
    assertNull(CohenKappa.of(List.of()));
    assertNull(
        CohenKappa.of(List.of(new CohenKappa.Pair(true, true), new CohenKappa.Pair(true, true))),
        "always the same answer: undefined");
  }

  @Test
  void r5ARefusalNeedsAWrittenReason() {
    BlockDecision d = new BlockDecision(candidate, ccp1);
    assertThrows(
        IllegalArgumentException.class, () -> d.decide(false, "  ", "jules", Instant.now()));
    d.decide(false, "Diagnostic des besoins non conduit", "jules", Instant.now());
    assertEquals("Diagnostic des besoins non conduit", d.getReason());
    d.decide(true, null, "jules", Instant.now());
    assertTrue(d.isAcquired());
  }

  @Test
  void theDiscrepancyThresholdIsSetWithinTheScaleBeforeDeliberation() {
    session.setDiscrepancyThreshold(2);
    assertEquals(2, session.getDiscrepancyThreshold());
    assertThrows(IllegalArgumentException.class, () -> session.setDiscrepancyThreshold(4));
  }

  @Test
  void r9ThePvIsSignedAfterDeliberationAndAnAmendmentKeepsTheOriginal() {
    User jules = new User("jules", "j@example.org", "Jules", "h");
    assertThrows(
        IllegalStateException.class,
        () -> new PvSignature(session, jules, Instant.now()),
        "no signature before deliberation");
    session.advanceTo(ExamStatus.OPEN);
    session.advanceTo(ExamStatus.DELIBERATED);
    PvSignature signed = new PvSignature(session, jules, Instant.now());
    assertEquals(jules, signed.getJuror());
    BlockDecision d = new BlockDecision(candidate, ccp1);
    d.decide(false, "Diagnostic absent", "jules", Instant.now());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Amendment(d, false, true, " ", "admin", Instant.now()),
        "an amendment states why");
    assertThrows(
        IllegalArgumentException.class,
        () -> new Amendment(d, false, false, "rien", "admin", Instant.now()),
        "an amendment changes the decision");
    Amendment a = new Amendment(d, false, true, "Erreur de saisie", "admin", Instant.now());
    assertTrue(a.isNewAcquired());
    assertFalse(d.isAcquired(), "the signed decision itself is unchanged");
  }
}
