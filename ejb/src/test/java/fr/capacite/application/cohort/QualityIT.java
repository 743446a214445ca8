package fr.capacite.application.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.AttendanceStatus;
import fr.capacite.domain.cohort.QualityTally;
import fr.capacite.domain.cohort.SatisfactionQuestion;
import fr.capacite.domain.cohort.WithdrawalReason;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import fr.capacite.testing.RunAsTrainer;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The quality dashboard: figures computed from recorded activity, scoped to the caller. */
@ExtendWith(ArquillianExtension.class)
class QualityIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private QualityService quality;
  @EJB private CrossQualityReports crossReports;
  @EJB private SatisfactionService satisfaction;
  @EJB private AttendanceService attendance;
  @EJB private ScheduleService schedule;
  @EJB private CohortService cohorts;
  @EJB private CohortTestData data;
  @EJB private RunAsAdmin asAdmin;
  @EJB private RunAsManager asManager;
  @EJB private RunAsTrainer asTrainer;
  @EJB private RunAsMediator asLearner;

  private static final LocalDate TODAY = FrenchTime.today();

  private long learnerId(long sessionId, String username) throws Exception {
    return asTrainer.call(() -> attendance.getSheet(sessionId)).rows().stream()
        .filter(r -> r.username().equals(username))
        .findFirst()
        .orElseThrow()
        .learnerId();
  }

  @Test
  void theDashboardShowsTheFiguresOfRecordedActivity() throws Exception {
    long cohortId = data.cohortAround(TODAY.minusDays(31)); // ended yesterday
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    List<String> others = data.learners(ReferentialTestData.unique("qual"), 2);
    asManager.call(() -> cohorts.enrol(cohortId, "it-mediator", 105, null, null));
    asManager.call(() -> cohorts.enrol(cohortId, others.get(0), 105, null, null));
    long leaving =
        asManager.call(() -> cohorts.enrol(cohortId, others.get(1), 105, null, null)).enrolmentId();
    asManager.call(
        () -> {
          cohorts.withdraw(cohortId, leaving, WithdrawalReason.EMPLOYMENT, null);
          return null;
        });
    long first = data.session(cohortId, TODAY.minusDays(20));
    long second = data.session(cohortId, TODAY.minusDays(10));
    long absentee = learnerId(first, others.get(0));
    asTrainer.call(
        () -> {
          attendance.certify(first, Map.of(absentee, AttendanceStatus.ABSENT));
          attendance.certify(second, Map.of(absentee, AttendanceStatus.PRESENT));
          return null;
        });
    // it-mediator never signed: certified absent at both sessions.
    asAdmin.call(() -> satisfaction.sendDue(TODAY));
    long invitation =
        asLearner.call(() -> satisfaction.myOpenInvitations()).stream()
            .filter(i -> i.cohortId() == cohortId)
            .findFirst()
            .orElseThrow()
            .id();
    Map<SatisfactionQuestion, Integer> scores = new EnumMap<>(SatisfactionQuestion.class);
    for (SatisfactionQuestion q : SatisfactionQuestion.values()) {
      scores.put(q, 4);
    }
    asLearner.run(() -> satisfaction.answer(invitation, scores, null, false));

    long orgId = asManager.call(() -> cohorts.getCohort(cohortId)).organisationId();
    QualityReport report =
        asManager.call(() -> quality.organisationReport(orgId, TODAY.minusDays(90), TODAY));
    QualityTally.Figures row = report.rows().get(0);
    assertEquals(cohortId, row.id());
    assertEquals(3, row.learners(), "the one who left had a place: still a learner");
    assertEquals(100.0 / 3, row.dropOutRate(), 0.001);
    // 2 learners × 2 sessions × 3 h on the sheets, 3 h present.
    assertEquals(25.0, row.attendanceRate(), 0.001);
    assertEquals(6.0, row.hoursDelivered());
    assertEquals(3.0, row.traineeHours());
    assertEquals(1, row.hot().respondents());
    assertEquals(100.0, row.hot().satisfactionRate());
    assertEquals(TODAY.minusDays(61), row.from());
    assertEquals(TODAY.minusDays(1), row.to());
    assertEquals(row.learners(), report.total().learners());
    assertEquals(3.0, report.bpf().stream().mapToDouble(QualityReport.BpfYear::traineeHours).sum());
    assertEquals(6.0, report.bpf().stream().mapToDouble(QualityReport.BpfYear::trainerHours).sum());
    assertEquals(
        1, report.bpf().stream().mapToLong(QualityReport.BpfYear::trainees).sum(), "one present");

    QualityReport all = asAdmin.call(() -> quality.crossReport(TODAY.minusDays(90), TODAY));
    assertTrue(all.rows().stream().anyMatch(f -> f.id() == orgId && f.learners() == 3));
    assertTrue(all.total().learners() >= 3);

    assertEquals(
        "quality.badPeriod",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.call(
                        () -> quality.organisationReport(orgId, TODAY, TODAY.minusDays(1))))
            .getMessageKey());
  }

  @Test
  void aManagerSeesOnlyTheirOwnOrganisation() throws Exception {
    long foreign = data.cohortWithoutManager(5, "CCP1");
    long foreignOrg = asAdmin.call(() -> cohorts.getCohort(foreign)).organisationId();
    assertThrows(
        ObjectNotFoundException.class,
        () -> asManager.call(() -> quality.organisationReport(foreignOrg, TODAY, TODAY)));
  }

  @Test
  void theComparisonIsKeptAFewMinutesAndComputedAgainOnRequest() throws Exception {
    // A period of its own, so that no other test's reading of the comparison is reused.
    LocalDate from = TODAY.minusDays(400);
    LocalDate to = TODAY.minusDays(300);
    QualityReport first = asAdmin.call(() -> crossReports.report(from, to));
    long cohortId = data.cohortAround(TODAY.minusDays(330));
    String learner = data.learners(ReferentialTestData.unique("kept"), 1).get(0);
    asManager.call(() -> cohorts.enrol(cohortId, learner, 105, null, null));

    QualityReport kept = asAdmin.call(() -> crossReports.report(from, to));
    assertEquals(first.computedAt(), kept.computedAt(), "the same figures within minutes");
    assertEquals(first.total().learners(), kept.total().learners());

    QualityReport again = asAdmin.call(() -> crossReports.recompute(from, to));
    assertTrue(again.computedAt().isAfter(first.computedAt()));
    assertEquals(first.total().learners() + 1, again.total().learners(), "the new learner");
    assertEquals(
        again.computedAt(), asAdmin.call(() -> crossReports.report(from, to)).computedAt());
    assertThrows(
        jakarta.ejb.EJBAccessException.class,
        () -> asManager.call(() -> crossReports.report(from, to)),
        "comparing is for administrators");
  }
}
