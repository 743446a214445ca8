package fr.capacite.application.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.AttendanceStatus;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import fr.capacite.testing.RunAsTrainer;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Attendance: signing on the day, certification by the trainer, locking, hours attended. */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private AttendanceService attendance;
  @EJB private ScheduleService schedule;
  @EJB private CohortService cohorts;
  @EJB private CohortTestData data;
  @EJB private NotificationService notifications;
  @EJB private RunAsManager asManager;
  @EJB private RunAsTrainer asTrainer;
  @EJB private RunAsMediator asLearner;

  private static final LocalDate TODAY = FrenchTime.today();

  /**
   * The code the trainer shows signs a learner in while the session's window is open; another code,
   * or a code for a session of another day, signs nobody.
   */
  @Test
  void learnersSignByTheCodeTheTrainerShowsAndNoOtherCode() throws Exception {
    long cohortId = data.cohortAround(TODAY);
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    asManager.call(() -> cohorts.enrol(cohortId, "it-mediator", 105, null, null));
    long today = data.session(cohortId, TODAY);
    long tomorrow = data.session(cohortId, TODAY.plusDays(1));

    // The trainer of the cohort finds the session in their day, though no trainer is named on it.
    assertTrue(
        asTrainer.call(() -> schedule.myDay(TODAY)).stream().anyMatch(v -> v.id() == today),
        "the trainer's day");
    assertTrue(
        asTrainer.call(() -> schedule.myDay(TODAY.plusDays(1))).stream()
            .noneMatch(v -> v.id() == today));
    AttendanceService.Presence shown = asTrainer.call(() -> attendance.presence(today));
    assertEquals(fr.capacite.domain.cohort.PresenceCode.LENGTH, shown.code().length());
    assertTrue(shown.changesAt().isAfter(java.time.Instant.now()));
    assertEquals(
        "attendance.badCode",
        assertThrows(
                InvalidInputException.class,
                () -> asLearner.run(() -> attendance.signWithCode(today, "ZZZZZZ")))
            .getMessageKey());
    assertNull(signedAt(today), "a wrong code signs nothing");
    asLearner.run(() -> attendance.signWithCode(today, shown.code().toLowerCase()));
    assertNotNull(signedAt(today));
    assertEquals(
        "attendance.notToday",
        assertThrows(
                InvalidInputException.class,
                () -> asTrainer.call(() -> attendance.presence(tomorrow)))
            .getMessageKey(),
        "no code outside the session's window");
    assertThrows(
        InvalidInputException.class,
        () -> asLearner.run(() -> attendance.signWithCode(tomorrow, shown.code())));
  }

  private java.time.Instant signedAt(long sessionId) throws Exception {
    return asTrainer.call(() -> attendance.getSheet(sessionId)).rows().stream()
        .filter(r -> r.username().equals("it-mediator"))
        .findFirst()
        .orElseThrow()
        .signedAt();
  }

  @Test
  void learnersSignOnTheDayTheTrainerCertifiesAndTheSheetLocks() throws Exception {
    long cohortId = data.cohortAround(TODAY);
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String other = data.learners(ReferentialTestData.unique("absent"), 1).get(0);
    asManager.call(() -> cohorts.enrol(cohortId, "it-mediator", 105, null, null));
    asManager.call(() -> cohorts.enrol(cohortId, other, 105, null, null));
    long today = data.session(cohortId, TODAY);
    long tomorrow = data.session(cohortId, TODAY.plusDays(1));

    asLearner.run(() -> attendance.sign(today));
    asLearner.run(() -> attendance.sign(today)); // a double click keeps the first signature
    assertEquals(
        "attendance.notToday",
        assertThrows(
                InvalidInputException.class, () -> asLearner.run(() -> attendance.sign(tomorrow)))
            .getMessageKey());

    AttendanceView before = asTrainer.call(() -> attendance.getSheet(today));
    assertFalse(before.certified());
    assertNotNull(
        before.rows().stream()
            .filter(r -> r.username().equals("it-mediator"))
            .findFirst()
            .orElseThrow()
            .signedAt());
    long otherId =
        before.rows().stream()
            .filter(r -> r.username().equals(other))
            .findFirst()
            .orElseThrow()
            .learnerId();
    assertNull(
        before.rows().stream()
            .filter(r -> r.username().equals(other))
            .findFirst()
            .orElseThrow()
            .signedAt());

    asTrainer.call(
        () -> {
          attendance.certify(today, Map.of(otherId, AttendanceStatus.EXCUSED));
          return null;
        });
    AttendanceView after = asTrainer.call(() -> attendance.getSheet(today));
    assertTrue(after.certified());
    assertEquals("it-trainer", after.certifiedBy());
    assertEquals(
        AttendanceStatus.PRESENT,
        after.rows().stream()
            .filter(r -> r.username().equals("it-mediator"))
            .findFirst()
            .orElseThrow()
            .status());
    assertEquals(
        AttendanceStatus.EXCUSED,
        after.rows().stream()
            .filter(r -> r.username().equals(other))
            .findFirst()
            .orElseThrow()
            .status());

    assertEquals(
        "attendance.locked",
        assertThrows(InvalidInputException.class, () -> asLearner.run(() -> attendance.sign(today)))
            .getMessageKey());
    assertEquals(
        "attendance.locked",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asTrainer.call(
                        () -> {
                          attendance.certify(today, Map.of());
                          return null;
                        }))
            .getMessageKey());
    assertEquals(
        "attendance.tooEarly",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asTrainer.call(
                        () -> {
                          attendance.certify(tomorrow, Map.of());
                          return null;
                        }))
            .getMessageKey());

    // The certified session is a record: it no longer moves, nor goes away.
    long version =
        asManager.call(() -> schedule.listSessions(cohortId)).stream()
            .filter(v -> v.id() == today)
            .findFirst()
            .orElseThrow()
            .entityVersion();
    assertEquals(
        "schedule.certified",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.run(
                        () ->
                            schedule.moveSession(
                                cohortId,
                                today,
                                version,
                                TODAY,
                                LocalTime.of(14, 0),
                                LocalTime.of(15, 0))))
            .getMessageKey());
    assertEquals(
        "schedule.certified",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.run(() -> schedule.deleteSession(cohortId, today)))
            .getMessageKey());

    Map<String, Double> hours = asManager.call(() -> attendance.attendedHours(cohortId));
    assertEquals(Map.of("it-mediator", 3.0), hours);
    LearnerCohort myCohort =
        asLearner.call(() -> attendance.myCohorts()).stream()
            .filter(c -> c.cohortId() == cohortId)
            .findFirst()
            .orElseThrow();
    assertEquals(3.0, myCohort.attendedHours());
    assertEquals(3, myCohort.progress(), "3 h of a 105 h path");

    List<LearnerSession> mine =
        asLearner.call(() -> attendance.mySessions(TODAY.minusDays(1), TODAY.plusDays(2)));
    LearnerSession todays =
        mine.stream().filter(m -> m.session().id() == today).findFirst().orElseThrow();
    assertEquals(AttendanceStatus.PRESENT, todays.status());
    assertFalse(todays.canSign());
    assertTrue(
        mine.stream().filter(m -> m.session().id() == tomorrow).findFirst().orElseThrow().status()
            == null);

    // The home page's next session: the first of the month's not yet over (or still to sign), read
    // without the month's list.
    java.time.LocalDateTime now = java.time.LocalDateTime.now(FrenchTime.ZONE);
    LearnerSession expected =
        asLearner.call(() -> attendance.mySessions(TODAY, TODAY.plusDays(31))).stream()
            .filter(m -> m.canSign() || m.session().day().atTime(m.session().end()).isAfter(now))
            .findFirst()
            .orElseThrow();
    LearnerSession next = asLearner.call(() -> attendance.nextSession(31)).orElseThrow();
    assertEquals(expected.session().id(), next.session().id());
    assertEquals(TODAY, next.session().day(), "today's session is under way");
  }

  @Test
  void onlyEnrolledLearnersSignAndOnlyTheCohortsStaffSeesTheSheet() throws Exception {
    long cohortId = data.cohortAround(TODAY);
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    long today = data.session(cohortId, TODAY);
    // it-mediator is not enrolled in this cohort: the session does not exist for them.
    assertThrows(ObjectNotFoundException.class, () -> asLearner.run(() -> attendance.sign(today)));
    assertEquals(today, asTrainer.call(() -> attendance.getSheet(today)).session().id());
  }

  @Test
  void threeUnexcusedAbsencesFlagTheLearnerAndTellTheStaffOnce() throws Exception {
    long cohortId = data.cohortAround(TODAY);
    String learner = data.learners(ReferentialTestData.unique("decroche"), 1).get(0);
    asManager.call(() -> cohorts.enrol(cohortId, learner, 105, null, null));
    List<Long> days =
        List.of(
            data.session(cohortId, TODAY.minusDays(4)),
            data.session(cohortId, TODAY.minusDays(3)),
            data.session(cohortId, TODAY.minusDays(2)),
            data.session(cohortId, TODAY.minusDays(1)));
    long learnerId =
        asTrainer.call(() -> attendance.getSheet(days.get(0))).rows().stream()
            .filter(r -> r.username().equals(learner))
            .findFirst()
            .orElseThrow()
            .learnerId();
    long before = asTrainer.call(() -> notifications.unreadCount());
    asTrainer.call(
        () -> {
          attendance.certify(days.get(0), Map.of(learnerId, AttendanceStatus.ABSENT));
          attendance.certify(days.get(1), Map.of(learnerId, AttendanceStatus.ABSENT));
          return null;
        });
    assertFalse(atRisk(cohortId, learner), "two absences are not yet a risk");
    asTrainer.call(
        () -> {
          attendance.certify(days.get(2), Map.of(learnerId, AttendanceStatus.ABSENT));
          return null;
        });
    assertTrue(atRisk(cohortId, learner));
    assertEquals(before + 1, asTrainer.call(() -> notifications.unreadCount()));
    assertEquals(
        "notification.dropOutRisk",
        asTrainer.call(() -> notifications.mine(0, 1)).items().get(0).messageKey());

    asTrainer.call(
        () -> {
          attendance.certify(days.get(3), Map.of(learnerId, AttendanceStatus.PRESENT));
          return null;
        });
    assertFalse(atRisk(cohortId, learner), "coming back clears the flag");
    assertEquals(before + 1, asTrainer.call(() -> notifications.unreadCount()));
  }

  private boolean atRisk(long cohortId, String username) throws Exception {
    return asManager.call(() -> cohorts.getCohort(cohortId)).enrolments().stream()
        .filter(e -> e.username().equals(username))
        .findFirst()
        .orElseThrow()
        .atRisk();
  }
}
