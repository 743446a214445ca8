package fr.capacite.application.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.jury.CandidateSource;
import fr.capacite.domain.jury.ExamKind;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.domain.jury.Finding;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.JuryTestData;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsJuror;
import fr.capacite.testing.RunAsManager;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Exam sessions: approval (R4), candidates' eligibility, jurors (R1, R2), conflicts (R3). */
@ExtendWith(ArquillianExtension.class)
class JuryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private ExamSessionService sessions;
  @EJB private JurorService jurors;
  @EJB private JuryTestData data;
  @EJB private fr.capacite.application.cohort.CohortService cohorts;
  @EJB private fr.capacite.application.shared.NotificationService notifications;
  @EJB private RunAsManager asManager;
  @EJB private RunAsAdmin asAdmin;
  @EJB private RunAsJuror asJuror;

  // Today in Paris: a session is planned for today or later, and scored on its day.
  private static final LocalDate DAY = FrenchTime.today();

  private static ExamSessionForm form(
      JuryTestData.Centre c, ExamKind kind, List<String> blocks, ExamModality modality) {
    return new ExamSessionForm(
        "Session " + kind,
        c.versionId(),
        kind,
        blocks.stream().map(b -> c.blocks().get(b)).toList(),
        c.siteId(),
        DAY,
        modality);
  }

  private static String key(Exception e) {
    return ((InvalidInputException) e).getMessageKey();
  }

  @Test
  void r4ACentrePlansOnlyWhatItsApprovalCovers() throws Exception {
    JuryTestData.Centre c = data.centre(DAY);
    ExamSessionForm late =
        new ExamSessionForm(
            "Trop tard",
            c.versionId(),
            ExamKind.CCP,
            List.of(c.blocks().get("CCP1")),
            c.siteId(),
            DAY.plusYears(2),
            ExamModality.ON_SITE);
    assertEquals(
        "jury.session.notApproved",
        key(
            assertThrows(
                InvalidInputException.class,
                () -> asManager.call(() -> sessions.createSession(c.organisationId(), late)))));
    assertEquals(
        "jury.session.remoteCcp1Only",
        key(
            assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.call(
                        () ->
                            sessions.createSession(
                                c.organisationId(),
                                form(
                                    c,
                                    ExamKind.CCP,
                                    List.of("CCP1", "CCP2"),
                                    ExamModality.REMOTE))))));
    long id =
        asManager.call(
            () ->
                sessions.createSession(
                    c.organisationId(),
                    form(c, ExamKind.CCP, List.of("CCP1"), ExamModality.REMOTE)));
    ExamSessionDetail d = asManager.call(() -> sessions.getSession(id));
    assertEquals(ExamStatus.PLANNED, d.status());
    assertEquals(List.of("CCP1"), d.blockCodes());
    assertEquals(ExamModality.REMOTE, d.modality());
    assertTrue(d.canManage());
    assertEquals(1, d.discrepancyThreshold(), "the default gap before a block is discussed");
    asManager.run(() -> sessions.setDiscrepancyThreshold(id, 2));
    assertEquals(2, asManager.call(() -> sessions.getSession(id)).discrepancyThreshold());
    assertEquals(
        "jury.session.thresholdRange",
        key(
            assertThrows(
                InvalidInputException.class,
                () -> asManager.run(() -> sessions.setDiscrepancyThreshold(id, 5)))));
  }

  @Test
  void candidatesFromACohortAreCheckedJurorsScreenedAndScoringOpensWithTwoAssessorsEach()
      throws Exception {
    JuryTestData.Centre c = data.centre(DAY);
    String prefix = ReferentialTestData.unique("cand").toLowerCase();
    String holder = prefix + "-h";
    String fresh = prefix + "-f";
    String trainer = prefix + "-t";
    long cohortId = data.cohort(c, DAY.minusMonths(1), trainer, List.of(holder, fresh));
    data.result(holder, c.blocks().get("CCP1"), true, DAY.minusMonths(3));
    long id =
        asManager.call(
            () ->
                sessions.createSession(
                    c.organisationId(),
                    form(c, ExamKind.CCP, List.of("CCP1"), ExamModality.ON_SITE)));

    CandidateOutcome outcome = asManager.call(() -> sessions.addCohortCandidates(id, cohortId));
    assertEquals(1, outcome.added());
    assertEquals(1, outcome.refused().size(), "the one who holds CCP1 has nothing to sit (R7)");
    assertEquals("jury.candidate.nothingToSit", outcome.refused().get(0).reasons().get(0).key());

    // R1/R2: an expired habilitation keeps a juror off; a trainer of the cohort is screened (R3).
    String expired = prefix + "-x";
    data.juror(expired, DAY, false);
    assertEquals(
        "jury.juror.habilitationExpired",
        key(
            assertThrows(
                InvalidInputException.class,
                () -> asManager.run(() -> sessions.assignJuror(id, expired)))));
    data.juror("it-juror", DAY, true);
    data.juror(trainer, DAY, true);
    asManager.run(() -> sessions.assignJuror(id, "it-juror"));
    asManager.run(() -> sessions.assignJuror(id, trainer));
    ExamSessionDetail d = asManager.call(() -> sessions.getSession(id));
    ExamSessionDetail.CandidateView candidate = d.candidates().get(0);
    assertEquals(fresh, candidate.username());
    assertEquals(1, candidate.exclusions().size());
    assertEquals(
        List.of("jury.conflict.trained", "jury.conflict.sameOrganisation"),
        candidate.exclusions().get(0).reasons().stream().map(Finding::key).toList());
    assertEquals("jury.open.tooFewAssessors", d.openingProblems().get(0).key());
    assertEquals(
        "jury.open.tooFewAssessors",
        key(
            assertThrows(
                InvalidInputException.class,
                () -> asManager.run(() -> sessions.openForScoring(id)))));

    // A juror who declared a link is screened too; a third, neutral juror makes two assessors.
    String neutral = prefix + "-n";
    data.juror(neutral, DAY, true);
    asManager.run(() -> sessions.assignJuror(id, neutral));
    asJuror.run(() -> jurors.declareLink(holder, "Ancienne collègue"));
    assertEquals(
        "jury.declaration.already",
        key(
            assertThrows(
                InvalidInputException.class,
                () -> asJuror.run(() -> jurors.declareLink(holder, "Encore")))));
    asManager.run(() -> sessions.openForScoring(id));
    assertEquals(ExamStatus.OPEN, asManager.call(() -> sessions.getSession(id)).status());
    assertEquals(
        "jury.session.locked",
        key(
            assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.run(
                        () ->
                            sessions.addCandidate(
                                id, holder, CandidateSource.DIRECT, null, ExamModality.ON_SITE)))));

    // The juror sees the session they sit on, in their list and in detail.
    assertTrue(
        asJuror.call(() -> sessions.listSessions(0, 50)).items().stream()
            .anyMatch(s -> s.id() == id));
    assertFalse(asJuror.call(() -> sessions.getSession(id)).canManage());
  }

  @Test
  void aSessionOfAnotherCentreDoesNotExistForAManager() throws Exception {
    JuryTestData.Centre c = data.centre(DAY);
    long id =
        asManager.call(
            () ->
                sessions.createSession(
                    c.organisationId(),
                    form(c, ExamKind.CCP, List.of("CCP1"), ExamModality.ON_SITE)));
    JuryTestData.Centre other = data.centre(DAY);
    assertThrows(
        ObjectNotFoundException.class,
        () ->
            asManager.call(
                () ->
                    sessions.createSession(
                        other.organisationId() + 100_000,
                        form(other, ExamKind.CCP, List.of("CCP1"), ExamModality.ON_SITE))));
    assertThrows(ObjectNotFoundException.class, () -> asJuror.call(() -> sessions.getSession(id)));
    assertEquals(id, asAdmin.call(() -> sessions.getSession(id)).id());
  }

  @Test
  void r2JurorsSignTheCharterAndAdministratorsKeepTheirHabilitation() throws Exception {
    data.juror("it-juror", DAY, true);
    JurorView me = asJuror.call(() -> jurors.myProfile());
    assertEquals("it-juror", me.username());
    JurorView saved =
        asAdmin.call(
            () ->
                jurors.saveProfile(
                    "it-juror",
                    me.entityVersion(),
                    new JurorView.JurorForm(
                        "Bretagne",
                        FrenchTime.today().plusYears(1),
                        8,
                        null,
                        FrenchTime.today().minusYears(1),
                        FrenchTime.today().minusYears(1),
                        "Emmaüs Connect")));
    assertTrue(saved.eligibleToday(), saved.problemsToday().toString());
    assertThrows(
        fr.capacite.application.shared.ConcurrentEditException.class,
        () -> asAdmin.call(() -> jurors.saveProfile("it-juror", me.entityVersion(), saved.form())),
        "a stale version is refused");
  }

  @Test
  void r3AJurorWhoStartsTrainingACandidatesCohortIsExcludedAndTheCentreIsTold() throws Exception {
    JuryTestData.Centre c = data.centre(DAY);
    String learner = ReferentialTestData.unique("watch").toLowerCase();
    long cohortId = data.cohort(c, DAY.minusMonths(1), null, List.of(learner));
    long id =
        asManager.call(
            () ->
                sessions.createSession(
                    c.organisationId(),
                    form(c, ExamKind.CCP, List.of("CCP1"), ExamModality.ON_SITE)));
    asManager.call(() -> sessions.addCohortCandidates(id, cohortId));
    data.juror("it-juror", DAY, true);
    asManager.run(() -> sessions.assignJuror(id, "it-juror"));
    assertTrue(
        asManager.call(() -> sessions.getSession(id)).candidates().get(0).exclusions().isEmpty());

    long jurorId = data.trainerMember(c, "it-juror");
    long before = asManager.call(() -> notifications.unreadCount());
    var cohort = asManager.call(() -> cohorts.getCohort(cohortId));
    var f = cohort.form();
    var withJuror =
        new fr.capacite.application.cohort.CohortForm(
            f.code(),
            f.title(),
            f.programmeId(),
            f.versionId(),
            f.blockIds(),
            f.start(),
            f.end(),
            f.maxSize(),
            f.modality(),
            f.mainSiteId(),
            java.util.Set.of(jurorId),
            f.organisationDays(),
            f.hostDays());
    asManager.run(
        () -> {
          try {
            cohorts.updateCohort(cohortId, cohort.entityVersion(), withJuror);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    assertEquals(before + 1, asManager.call(() -> notifications.unreadCount()));
    assertEquals(
        "notification.jury.newConflict",
        asManager.call(() -> notifications.mine(0, 1)).items().get(0).messageKey());
    assertEquals(
        "jury.conflict.trained",
        asManager
            .call(() -> sessions.getSession(id))
            .candidates()
            .get(0)
            .exclusions()
            .get(0)
            .reasons()
            .get(0)
            .key());
  }
}
