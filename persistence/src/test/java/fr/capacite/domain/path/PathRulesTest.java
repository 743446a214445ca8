package fr.capacite.domain.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.BlockResult;
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

/** Prerequisites, gap analysis and deadlines of learning plans (R8, R11, continuing education). */
class PathRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private final CertificationVersion mn =
      new Certification("TP", "Titre").addVersion("MN", "Médiateur numérique");
  private final Block ccp1 = mn.addBlock("CCP1", "A", BlockKind.CCP);
  private final Block ccp2 = mn.addBlock("CCP2", "B", BlockKind.CCP);
  private final Block ccp3 = mn.addBlock("CCP3", "C", BlockKind.CCP);
  private final User maya = new User("maya", "maya@example.org", "Maya", "h");
  private final TrainingModule m1 = module("M1", ccp1, 140);
  private final TrainingModule m2 = module("M2", ccp2, 105);
  private final TrainingModule m3 = module("M3", ccp3, 105);
  private final TrainingModule cyber =
      new TrainingModule("CYBER", "Cybersécurité", ModuleKind.THEMATIC, 7, null);
  private final TrainingModule ai = new TrainingModule("IA", "IA", ModuleKind.THEMATIC, 14, null);

  private TrainingModule module(String code, Block b, int hours) {
    TrainingModule m = new TrainingModule(code, code, ModuleKind.CERTIFYING, hours, b);
    if (b != ccp1) {
      m.require(Set.of(ccp1));
    }
    return m;
  }

  private ModuleCompletion done(TrainingModule m, LocalDate day) {
    return new ModuleCompletion(maya, m, null, day, m.getHours(), "of", Instant.EPOCH);
  }

  private PathTemplate completeTitle() {
    PathTemplate t = new PathTemplate("FULL", "Titre complet", PathKind.TITLE);
    t.describe("Titre complet", null, mn);
    t.addStep(m1, 1);
    t.addStep(m2, 2);
    t.addStep(m3, 2);
    return t;
  }

  @Test
  void thematicModulesLastSevenToFourteenHours() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TrainingModule("X", "X", ModuleKind.THEMATIC, 6, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TrainingModule("X", "X", ModuleKind.THEMATIC, 15, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TrainingModule("X", "X", ModuleKind.CERTIFYING, 100, null));
    assertEquals(14, ai.getHours());
  }

  @Test
  void r11Ccp2TrainingRequiresCcp1HeldOrTrained() {
    assertEquals(Set.of(ccp1), Prerequisites.missing(m2, Set.of(), List.of()));
    assertTrue(Prerequisites.missing(m2, Set.of(ccp1), List.of()).isEmpty());
    assertTrue(Prerequisites.missing(m2, Set.of(), List.of(m1)).isEmpty());
    assertEquals(Set.of(ccp1), Prerequisites.missing(m2, Set.of(), List.of(cyber)));
  }

  @Test
  void attendanceCompletesAModuleOrTheShorterPositionedPath() {
    assertFalse(Prerequisites.completedBy(m1, 139.5, 0));
    assertTrue(Prerequisites.completedBy(m1, 140, 0));
    assertTrue(Prerequisites.completedBy(m1, 105, 105));
    assertFalse(Prerequisites.completedBy(m1, 104, 105));
  }

  @Test
  void gapOfACnfsHoldingCcp1TowardsTheFullTitle() {
    var offer = new ModuleOffer(7L, "CCP2 printemps", "Les Ateliers", TODAY.plusMonths(2), null);
    var report =
        GapAnalysis.analyse(
            completeTitle(),
            Set.of(ccp1),
            List.of(),
            Map.of(m2, List.of(offer)),
            TODAY.minusMonths(3),
            TODAY);
    assertEquals(
        List.of(StepState.HELD, StepState.NEXT, StepState.NEXT),
        report.steps().stream().map(GapAnalysis.StepGap::state).toList());
    assertEquals(List.of(ccp2, ccp3), report.missingBlocks());
    assertTrue(report.uncoveredBlocks().isEmpty());
    assertEquals(350, report.totalHours());
    assertEquals(140, report.doneHours());
    assertEquals(210, report.remainingHours());
    assertEquals(40, report.percent());
    assertEquals(List.of(offer), report.steps().get(1).offers());
    assertFalse(report.objectiveMet());
  }

  @Test
  void laterRanksWaitAndMissingPrerequisitesLock() {
    var report = GapAnalysis.analyse(completeTitle(), Set.of(), List.of(), Map.of(), TODAY, TODAY);
    assertEquals(
        List.of(StepState.NEXT, StepState.LOCKED, StepState.LOCKED),
        report.steps().stream().map(GapAnalysis.StepGap::state).toList());
    assertEquals(List.of(ccp1), report.steps().get(1).missingPrerequisites());
    assertEquals(0, report.percent());

    PathTemplate ordered = new PathTemplate("ORD", "Ordonné", PathKind.CAREER);
    ordered.addStep(cyber, 1);
    ordered.addStep(ai, 2);
    var inOrder = GapAnalysis.analyse(ordered, Set.of(), List.of(), Map.of(), TODAY, TODAY);
    assertEquals(StepState.NEXT, inOrder.steps().get(0).state());
    assertEquals(StepState.LATER, inOrder.steps().get(1).state());
  }

  @Test
  void objectiveMetOnceEveryBlockIsHeldAndUncoveredBlocksAreNamed() {
    PathTemplate partial = new PathTemplate("P", "CCP2 seul", PathKind.TITLE);
    partial.describe("CCP2 seul", null, mn);
    partial.addStep(m2, 1);
    var report =
        GapAnalysis.analyse(
            partial,
            Set.of(ccp1),
            List.of(done(m2, TODAY.minusDays(3))),
            Map.of(),
            TODAY.minusYears(1),
            TODAY);
    assertEquals(List.of(ccp3), report.uncoveredBlocks());
    assertEquals(100, report.percent());
    assertFalse(report.objectiveMet());
    var all =
        GapAnalysis.analyse(
            partial, Set.of(ccp1, ccp2, ccp3), List.of(), Map.of(), TODAY.minusYears(1), TODAY);
    assertTrue(all.objectiveMet());
  }

  @Test
  void continuingEducationTwoModulesTheFirstYearThenOne() {
    PathTemplate t = new PathTemplate("FC", "Formation continue", PathKind.CONTINUING);
    t.allowance(2, 1);
    LocalDate start = LocalDate.of(2026, 3, 1);
    var first =
        GapAnalysis.analyse(
            t, Set.of(), List.of(done(cyber, start.plusMonths(2))), Map.of(), start, TODAY);
    assertEquals(1, first.planYear());
    assertEquals(2, first.modulesDue());
    assertEquals(1, first.modulesDone());
    assertEquals(50, first.percent());
    var second =
        GapAnalysis.analyse(
            t,
            Set.of(),
            List.of(done(ai, LocalDate.of(2027, 4, 1))),
            Map.of(),
            start,
            LocalDate.of(2027, 5, 1));
    assertEquals(2, second.planYear());
    assertEquals(1, second.modulesDue());
    assertTrue(second.objectiveMet());
  }

  @Test
  void r11ExamWithinSixMonthsOfTheEndOfTraining() {
    var training = new Deadlines.Training("C1", LocalDate.of(2026, 9, 25), Set.of(ccp1));
    List<Deadline> d = Deadlines.of(List.of(training), List.of(), Set.of(), null, List.of(), TODAY);
    assertEquals(1, d.size());
    assertEquals(DeadlineKind.EXAM_AFTER_TRAINING, d.get(0).kind());
    assertEquals(LocalDate.of(2027, 3, 25), d.get(0).dueOn());
    assertEquals(123, d.get(0).daysLeft(TODAY));
    // sat after the training: no deadline any more, even if failed (the re-sit one takes over)
    var failed = new BlockResult(maya, ccp1, null, false, LocalDate.of(2026, 11, 2));
    List<Deadline> after =
        Deadlines.of(List.of(training), List.of(failed), Set.of(), null, List.of(), TODAY);
    assertEquals(List.of(DeadlineKind.RESIT), after.stream().map(Deadline::kind).toList());
    assertEquals(LocalDate.of(2027, 11, 2), after.get(0).dueOn());
  }

  @Test
  void r8NoResitDeadlineOnceTheBlockIsAcquiredAndOldDeadlinesDrop() {
    var failed = new BlockResult(maya, ccp2, null, false, LocalDate.of(2026, 1, 10));
    var passed = new BlockResult(maya, ccp2, null, true, LocalDate.of(2026, 6, 10));
    assertTrue(
        Deadlines.of(List.of(), List.of(failed, passed), Set.of(ccp2), null, List.of(), TODAY)
            .isEmpty());
    var old = new BlockResult(maya, ccp3, null, false, LocalDate.of(2025, 9, 1));
    assertTrue(Deadlines.of(List.of(), List.of(old), Set.of(), null, List.of(), TODAY).isEmpty());
  }

  @Test
  void yearlyModulesDueByTheEndOfThePlanYear() {
    PathTemplate t = new PathTemplate("FC", "Formation continue", PathKind.CONTINUING);
    t.allowance(2, 1);
    LearningPlan plan = new LearningPlan(maya, t, LocalDate.of(2026, 3, 1), Instant.EPOCH);
    List<Deadline> d =
        Deadlines.of(
            List.of(),
            List.of(),
            Set.of(),
            plan,
            List.of(done(cyber, LocalDate.of(2026, 5, 1))),
            TODAY);
    assertEquals(1, d.size());
    assertEquals(DeadlineKind.YEARLY_MODULES, d.get(0).kind());
    assertEquals(LocalDate.of(2027, 2, 28), d.get(0).dueOn());
    assertEquals(1, d.get(0).remaining());
  }

  @Test
  void pixLevelsRunFromZeroToEightInFourBands() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PixResult(maya, null, 9, TODAY, "x", Instant.EPOCH));
    assertEquals("NOVICE", PixResult.band(2));
    assertEquals("INDEPENDENT", PixResult.band(3));
    assertEquals("ADVANCED", PixResult.band(6));
    assertEquals("EXPERT", PixResult.band(7));
    assertEquals("NONE", PixResult.band(0));
  }

  @Test
  void aTemplateIsRearrangedInPlace() {
    PathTemplate t = completeTitle();
    PathStep kept = t.getSteps().get(1);
    t.arrange(new java.util.LinkedHashMap<>(Map.of(m2, 1, cyber, 2)));
    assertEquals(List.of(m2, cyber), t.getSteps().stream().map(PathStep::getModule).toList());
    assertTrue(t.getSteps().contains(kept), "the kept step is the same row, re-ranked");
    assertEquals(1, kept.getRank());
  }
}
