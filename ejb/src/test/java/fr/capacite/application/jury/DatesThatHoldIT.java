package fr.capacite.application.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.jury.ExamKind;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.JuryTestData;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dates that hold: no session planned in the past, no scoring before the day; what was decided
 * before Capacité enters through the administrator's audited historical route, marked as such.
 */
@ExtendWith(ArquillianExtension.class)
class DatesThatHoldIT {

  private static final LocalDate TODAY = FrenchTime.today();

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private ExamSessionService sessions;
  @EJB private HistoricalResultService historical;
  @EJB private PvService pv;
  @EJB private JuryTestData data;
  @EJB private fr.capacite.testing.PathTestData paths;
  @EJB private RunAsManager asManager;
  @EJB private RunAsAdmin asAdmin;
  @EJB private RunAsMediator asMediator;
  @EJB private fr.capacite.testing.ReferentialTestData referential;

  private static String key(Exception e) {
    return ((InvalidInputException) e).getMessageKey();
  }

  private static ExamSessionForm form(JuryTestData.Centre c, LocalDate day) {
    return new ExamSessionForm(
        "Session datée",
        c.versionId(),
        ExamKind.CCP,
        List.of(c.blocks().get("CCP1")),
        c.siteId(),
        day,
        ExamModality.ON_SITE);
  }

  @Test
  void aSessionIsNeitherPlannedInThePastNorScoredBeforeItsDay() throws Exception {
    JuryTestData.Centre c = data.centre(TODAY);
    assertEquals(
        "jury.session.pastDay",
        key(
            assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.call(
                        () ->
                            sessions.createSession(
                                c.organisationId(), form(c, TODAY.minusDays(1)))))));
    long id =
        asManager.call(
            () -> sessions.createSession(c.organisationId(), form(c, TODAY.plusDays(3))));
    assertTrue(
        asManager.call(() -> sessions.getSession(id)).openingProblems().stream()
            .anyMatch(f -> f.key().equals("jury.open.notYet")));
    assertThrows(
        InvalidInputException.class, () -> asManager.run(() -> sessions.openForScoring(id)));
  }

  @Test
  void aResultFromBeforeCapaciteEntersThroughTheAuditedHistoricalRoute() throws Exception {
    JuryTestData.Centre c = data.centre(TODAY);
    // it-mediator: the principal RunAsMediator runs as, who then reads their own history.
    String learner = "it-mediator";
    data.user(learner, Role.MEDIATOR);
    long ccp1 = c.blocks().get("CCP1");
    LocalDate then = TODAY.minusMonths(8);
    var form =
        new HistoricalResultService.Form(
            learner, ccp1, true, then, "PV papier de la session du centre de Toulouse");
    assertThrows(EJBAccessException.class, () -> asManager.call(() -> historical.record(form)));
    assertEquals(
        "admin.historical.sourceRequired",
        key(
            assertThrows(
                InvalidInputException.class,
                () ->
                    asAdmin.call(
                        () ->
                            historical.record(
                                new HistoricalResultService.Form(
                                    learner, ccp1, true, then, " "))))));
    assertEquals(
        "admin.historical.future",
        key(
            assertThrows(
                InvalidInputException.class,
                () ->
                    asAdmin.call(
                        () ->
                            historical.record(
                                new HistoricalResultService.Form(
                                    learner, ccp1, true, TODAY.plusDays(1), "PV"))))));
    assertEquals(
        "admin.historical.outsideVersion",
        key(
            assertThrows(
                InvalidInputException.class,
                () ->
                    asAdmin.call(
                        () ->
                            historical.record(
                                new HistoricalResultService.Form(
                                    learner, ccp1, true, TODAY.minusYears(3), "PV"))))));
    int credentials = paths.credentials(learner).size();
    asAdmin.call(() -> historical.record(form));
    assertEquals(
        "admin.historical.duplicate",
        key(
            assertThrows(
                InvalidInputException.class, () -> asAdmin.call(() -> historical.record(form)))));
    var rows = asAdmin.call(() -> historical.recent(0, 10)).items();
    assertTrue(rows.stream().anyMatch(r -> r.learner().contains(learner) && r.acquired()));

    // Marked as historical in the person's history; it counts, but no credential is issued.
    var history =
        asMediator.call(() -> pv.myResults()).history().stream()
            .filter(h -> h.historical() && h.decidedOn().equals(then))
            .findFirst()
            .orElseThrow();
    assertTrue(history.historical());
    assertEquals("PV papier de la session du centre de Toulouse", history.historicalSource());
    assertEquals(credentials, paths.credentials(learner).size(), "no credential for it");
  }

  /**
   * R7 in full: in the year after a version's end, blocks already held count only for a candidate
   * registered before the end (and trained before it); the check says why they do not.
   */
  @Test
  void r7TheExtraYearNeedsARegistrationBeforeTheEnd() throws Exception {
    JuryTestData.Centre c = data.centre(TODAY);
    String learner = ReferentialTestData.unique("it-r7").toLowerCase(Locale.ROOT);
    data.user(learner, Role.MEDIATOR);
    data.result(learner, c.blocks().get("CCP1"), true, TODAY.minusMonths(6));
    long cohortId = data.cohort(c, TODAY.minusMonths(2), null, List.of(learner));
    referential.endVersion(c.versionId(), TODAY.minusDays(20));
    long id =
        asManager.call(
            () ->
                sessions.createSession(
                    c.organisationId(),
                    new ExamSessionForm(
                        "Année supplémentaire",
                        c.versionId(),
                        ExamKind.CCP,
                        List.of(c.blocks().get("CCP1"), c.blocks().get("CCP2")),
                        c.siteId(),
                        TODAY,
                        ExamModality.ON_SITE)));
    asManager.call(() -> sessions.addCohortCandidates(id, cohortId));
    var candidate = asManager.call(() -> sessions.getSession(id)).candidates().get(0);
    assertTrue(
        candidate.eligibility().stream()
            .anyMatch(f -> f.key().equals("jury.candidate.extraYear.registeredLate")),
        candidate.eligibility().toString());
    assertTrue(
        candidate.eligibility().stream().noneMatch(f -> f.key().equals("jury.candidate.held")),
        "registered after the end: CCP1 no longer counts, it is sat again");
  }
}
