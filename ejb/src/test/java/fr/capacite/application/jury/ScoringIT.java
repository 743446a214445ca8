package fr.capacite.application.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.AccessRefusedException;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.jury.ExamKind;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.domain.jury.Finding;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.JuryTestData;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsJuror;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsSecondJuror;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Blind double scoring, discrepancies and deliberation (R5). */
@ExtendWith(ArquillianExtension.class)
class ScoringIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private ExamSessionService sessions;
  @EJB private ScoringService scoring;
  @EJB private EvidenceService evidence;
  @EJB private JuryTestData data;
  @EJB private RunAsManager asManager;
  @EJB private fr.capacite.testing.RunAsAdmin asAdmin;
  @EJB private fr.capacite.application.referential.ReferentialEditService referential;
  @EJB private fr.capacite.testing.CohortTestData cohortData;
  @EJB private RunAsJuror first;
  @EJB private RunAsSecondJuror second;

  private static String key(Exception e) {
    return ((fr.capacite.application.shared.BusinessException) e).getMessageKey();
  }

  private static Map<String, Integer> all(SheetView v, int score) {
    Map<String, Integer> m = new HashMap<>();
    v.blocks().forEach(b -> b.items().forEach(i -> m.put(i.key(), score)));
    return m;
  }

  @Test
  void jurorsScoreBlindThenTheJuryDeliberatesAFlaggedBlockWithAReason() throws Exception {
    LocalDate day = FrenchTime.today();
    JuryTestData.Centre c = data.centre(day);
    String prefix = ReferentialTestData.unique("sc").toLowerCase();
    String learner = prefix + "-l";
    String trainer = prefix + "-t";
    long cohortId = data.cohort(c, day.minusMonths(1), trainer, List.of(learner));
    long id =
        asManager.call(
            () ->
                sessions.createSession(
                    c.organisationId(),
                    new ExamSessionForm(
                        "Notation",
                        c.versionId(),
                        ExamKind.CCP,
                        List.of(c.blocks().get("CCP1")),
                        c.siteId(),
                        day,
                        ExamModality.ON_SITE)));
    asManager.call(() -> sessions.addCohortCandidates(id, cohortId));
    data.juror("it-juror", day, true);
    data.juror("it-juror2", day, true);
    data.juror(trainer, day, true);
    for (String j : List.of("it-juror", "it-juror2", trainer)) {
      asManager.run(() -> sessions.assignJuror(id, j));
    }
    asManager.run(() -> sessions.openForScoring(id));
    long candidate = asManager.call(() -> sessions.getSession(id)).candidates().get(0).id();

    SheetView mine = first.call(() -> scoring.getSheet(candidate));
    assertEquals(3, mine.blocks().get(0).items().size(), "two criteria and one competence");
    long block = mine.blocks().get(0).blockId();
    assertEquals(
        "jury.sheet.scoreOutOfRange",
        key(
            assertThrows(
                InvalidInputException.class,
                () ->
                    first.call(
                        () ->
                            scoring.saveSheet(
                                candidate,
                                mine.entityVersion(),
                                all(mine, 5),
                                Map.of(),
                                Map.of())))));
    assertEquals(
        "jury.sheet.incomplete",
        key(
            assertThrows(
                InvalidInputException.class,
                () ->
                    first.call(
                        () ->
                            scoring.submitSheet(
                                candidate,
                                mine.entityVersion(),
                                all(mine, 3),
                                Map.of(),
                                Map.of())))));
    SheetView submitted =
        first.call(
            () ->
                scoring.submitSheet(
                    candidate,
                    mine.entityVersion(),
                    all(mine, 3),
                    Map.of(block, true),
                    Map.of(block, "Accueil soigné")));
    assertTrue(submitted.submitted());

    // Blind: the second juror sees nothing of the first sheet before submitting.
    SheetView theirs = second.call(() -> scoring.getSheet(candidate));
    assertTrue(theirs.others().isEmpty());
    SheetView saved =
        second.call(
            () ->
                scoring.saveSheet(
                    candidate, theirs.entityVersion(), all(theirs, 2), Map.of(), Map.of()));
    assertThrows(
        ConcurrentEditException.class,
        () ->
            second.call(
                () ->
                    scoring.saveSheet(
                        candidate, theirs.entityVersion(), all(theirs, 1), Map.of(), Map.of())),
        "a stale edit is refused, not lost");
    Map<String, Integer> low = all(saved, 3);
    low.put(saved.blocks().get(0).items().get(0).key(), 1);
    SheetView done =
        second.call(
            () ->
                scoring.submitSheet(
                    candidate, saved.entityVersion(), low, Map.of(block, false), Map.of()));
    assertEquals(1, done.others().size());
    assertEquals(Map.of(block, true), done.others().get(0).proposals());
    assertEquals(
        "jury.sheet.submitted",
        key(
            assertThrows(
                InvalidInputException.class,
                () ->
                    second.call(
                        () ->
                            scoring.saveSheet(
                                candidate,
                                done.entityVersion(),
                                all(done, 4),
                                Map.of(),
                                Map.of())))));

    DeliberationView table = first.call(() -> scoring.deliberation(id));
    DeliberationView.Row row = table.rows().get(0);
    assertEquals(2, row.expectedSheets(), "the trainer of the cohort is excluded (R3)");
    assertEquals(2, row.submittedSheets());
    assertEquals(
        List.of("jury.discrepancy.decisions", "jury.discrepancy.scores"),
        row.discrepancies().stream().map(Finding::key).toList());
    assertNull(row.decision());
    assertFalse(table.complete());
    assertEquals(
        "jury.deliberation.incomplete",
        key(
            assertThrows(
                InvalidInputException.class,
                () -> first.run(() -> scoring.closeDeliberation(id)))));
    assertEquals(
        "jury.deliberation.reasonRequired",
        key(
            assertThrows(
                InvalidInputException.class,
                () -> first.run(() -> scoring.decide(candidate, block, false, " ")))));
    first.run(() -> scoring.decide(candidate, block, false, "Diagnostic des besoins non conduit"));
    assertEquals(
        Boolean.FALSE, first.call(() -> scoring.deliberation(id)).rows().get(0).decision());
    first.run(() -> scoring.closeDeliberation(id));

    // The grid is a record now: a scored criterion stays; a new, unscored one may still go.
    long scoredCriterion =
        Long.parseLong(mine.blocks().get(0).items().get(0).key().substring("k:".length()));
    assertEquals(
        "referential.block.inUse",
        key(
            assertThrows(
                InvalidInputException.class,
                () -> asAdmin.run(() -> referential.deleteCriterion(scoredCriterion)))));
    long fresh =
        asAdmin
            .call(() -> referential.addCriterion(competenceOf(scoredCriterion), "Nouveau critère"))
            .getId();
    asAdmin.run(() -> referential.deleteCriterion(fresh));
    assertEquals(ExamStatus.DELIBERATED, asManager.call(() -> sessions.getSession(id)).status());
    assertEquals(
        "jury.deliberation.notOpen",
        key(
            assertThrows(
                InvalidInputException.class,
                () -> first.run(() -> scoring.decide(candidate, block, true, null)))));
  }

  @Test
  void aJurorExcludedFromACandidateCannotScoreThem() throws Exception {
    LocalDate day = FrenchTime.today();
    JuryTestData.Centre c = data.centre(day);
    String prefix = ReferentialTestData.unique("ex").toLowerCase();
    // it-juror trains the cohort: screened out of its learners (R3).
    long cohortId = data.cohort(c, day.minusMonths(1), "it-juror", List.of(prefix + "-l"));
    long id =
        asManager.call(
            () ->
                sessions.createSession(
                    c.organisationId(),
                    new ExamSessionForm(
                        "Exclusion",
                        c.versionId(),
                        ExamKind.CCP,
                        List.of(c.blocks().get("CCP1")),
                        c.siteId(),
                        day,
                        ExamModality.ON_SITE)));
    asManager.call(() -> sessions.addCohortCandidates(id, cohortId));
    String neutral = prefix + "-n";
    for (String j : List.of("it-juror", "it-juror2", neutral)) {
      data.juror(j, day, true);
      asManager.run(() -> sessions.assignJuror(id, j));
    }
    asManager.run(() -> sessions.openForScoring(id));
    long candidate = asManager.call(() -> sessions.getSession(id)).candidates().get(0).id();
    assertEquals(
        "jury.sheet.excluded",
        key(
            assertThrows(
                AccessRefusedException.class,
                () -> first.call(() -> scoring.getSheet(candidate)))));
    assertFalse(second.call(() -> scoring.getSheet(candidate)).submitted(), "the others may");
    // Exclusion covers everything about the candidate: the evidence, its notes and the DP too.
    assertThrows(
        ObjectNotFoundException.class, () -> first.call(() -> evidence.getEvidence(candidate)));
    assertThrows(ObjectNotFoundException.class, () -> first.call(() -> evidence.dp(candidate)));
    assertThrows(
        ObjectNotFoundException.class,
        () ->
            first.run(
                () ->
                    evidence.record(
                        candidate, fr.capacite.domain.jury.EvidenceKind.INTERVIEW, "note")));
    assertEquals(candidate, second.call(() -> evidence.getEvidence(candidate)).candidateId());
  }

  private long competenceOf(long criterionId) {
    return cohortData.competenceOfCriterion(criterionId);
  }
}
