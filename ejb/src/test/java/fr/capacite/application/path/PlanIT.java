package fr.capacite.application.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.cohort.AttendanceService;
import fr.capacite.application.cohort.CohortService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.AttendanceStatus;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.path.DeadlineKind;
import fr.capacite.domain.path.PathKind;
import fr.capacite.domain.path.StepState;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.JuryTestData;
import fr.capacite.testing.PathTestData;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import fr.capacite.testing.RunAsTrainer;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Learning plans against the database: gap analysis from published results, objective choice with
 * concurrent edits, completion from certified attendance, organisations limited to their learners,
 * recorded completions, and deadline reminders sent once.
 */
@ExtendWith(ArquillianExtension.class)
class PlanIT {

  private static final LocalDate TODAY = FrenchTime.today();

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private PlanService plans;
  @EJB private CatalogueService catalogue;
  @EJB private DeadlineReminders reminders;
  @EJB private AttendanceService attendance;
  @EJB private CohortService cohorts;
  @EJB private PathTestData paths;
  @EJB private JuryTestData jury;
  @EJB private CohortTestData data;
  @EJB private RunAsMediator asMediator;
  @EJB private RunAsManager asManager;
  @EJB private RunAsTrainer asTrainer;
  @EJB private fr.capacite.testing.RunAsAdmin asAdmin;

  @Test
  void aCnfsHoldingCcp1SeesWhatIsMissingForTheFullTitleAndWhereToTakeIt() throws Exception {
    var centre = jury.centre(TODAY);
    jury.user("it-mediator", Role.MEDIATOR);
    jury.result("it-mediator", centre.blocks().get("CCP1"), true, TODAY.minusMonths(3));
    String ccp2 = paths.module("C2", 105, centre.blocks().get("CCP2"), centre.blocks().get("CCP1"));
    String ccp3 = paths.module("C3", 105, centre.blocks().get("CCP3"), centre.blocks().get("CCP1"));
    String template =
        paths.template(
            PathKind.TITLE, centre.versionId(), new String[] {ccp2, ccp3}, new int[] {1, 1});
    long coming = jury.cohort(centre, TODAY.plusMonths(5), null, List.of());
    paths.deliver(ccp2, coming);
    assertEquals(1, asMediator.call(() -> catalogue.getModule(ccp2)).offers().size());

    long version = asMediator.call(() -> plans.myPlan()).entityVersion();
    PlanView plan = asMediator.call(() -> plans.chooseObjective(template, version));

    assertEquals(template, plan.templateCode());
    assertEquals(
        List.of(StepState.NEXT, StepState.NEXT),
        plan.steps().stream().map(PlanView.Step::state).toList());
    assertEquals(
        1,
        plan.steps().stream()
            .filter(st -> st.moduleCode().equals(ccp2))
            .findFirst()
            .orElseThrow()
            .offers()
            .size(),
        "the coming cohort delivering CCP2");
    assertEquals(2, plan.missingBlocks().size());
    assertEquals(210, plan.remainingHours());
    assertEquals(0, plan.percent());
    assertTrue(
        plan.blocks().stream().anyMatch(b -> b.code().equals("CCP1") && b.counts()),
        "CCP1 held, from the jury result");

    // a second tab still holding the old version cannot overwrite the choice
    assertThrows(
        ConcurrentEditException.class,
        () -> asMediator.run(() -> plans.chooseObjective(template, version)));
  }

  @Test
  void certifiedAttendanceCompletesADeliveredModuleAndTheContinuingPlanMoves() throws Exception {
    long cohortId = data.cohortAround(TODAY);
    String learner = data.learners(ReferentialTestData.unique("fc"), 1).get(0);
    asManager.call(() -> cohorts.enrol(cohortId, learner, 105, null, null));
    data.acceptPlace(cohortId, learner);
    String module = paths.module("CY", 7, null, null);
    paths.deliver(module, cohortId);
    String template = paths.template(PathKind.CONTINUING, null, new String[0], new int[0]);
    paths.plan(learner, template, TODAY.minusMonths(1));
    long learnerId = jury.user(learner, Role.MEDIATOR).getId();
    assertEquals(0, asManager.call(() -> plans.planOf(learner)).percent());

    for (int day = 3; day >= 1; day--) {
      long session = data.session(cohortId, TODAY.minusDays(day));
      asTrainer.run(() -> attendance.certify(session, Map.of(learnerId, AttendanceStatus.PRESENT)));
    }

    PlanView after = asManager.call(() -> plans.planOf(learner));
    assertEquals(
        List.of(module), after.modules().stream().map(PlanView.Completed::moduleCode).toList());
    assertEquals(1, after.modulesDone());
    assertEquals(50, after.percent());
    assertEquals(1, paths.notifications(learner, "notification.moduleCompleted"));
    assertTrue(
        paths.credentials(learner).stream()
            .anyMatch(c -> c.startsWith("MODULE|Module « Module " + module)),
        "a credential for the completed module: " + paths.credentials(learner));
    assertTrue(
        after.deadlines().stream()
            .anyMatch(d -> d.kind() == DeadlineKind.YEARLY_MODULES && d.remaining() == 1));
  }

  @Test
  void organisationsSeeAndRecordForTheirOwnLearnersOnly() throws Exception {
    long mine = data.cohortAround(TODAY);
    long foreign = data.cohortWithoutManager(5, "CCP1");
    List<String> people = data.learners(ReferentialTestData.unique("org"), 2);
    asManager.call(() -> cohorts.enrol(mine, people.get(0), 105, null, null));
    asAdmin.call(() -> cohorts.enrol(foreign, people.get(1), 105, null, null));

    // A place merely offered gives no access to the learner's own data: it waits for consent.
    assertThrows(
        ObjectNotFoundException.class, () -> asManager.run(() -> plans.planOf(people.get(0))));
    assertTrue(
        asManager.call(() -> plans.learners(0, 200)).items().stream()
            .noneMatch(l -> l.username().equals(people.get(0))));
    data.acceptPlace(mine, people.get(0));
    assertEquals(people.get(0), asManager.call(() -> plans.planOf(people.get(0))).username());
    assertThrows(
        ObjectNotFoundException.class, () -> asManager.run(() -> plans.planOf(people.get(1))));
    assertTrue(
        asManager.call(() -> plans.learners(0, 200)).items().stream()
            .noneMatch(l -> l.username().equals(people.get(1))));

    String module = paths.module("TH", 7, null, null);
    assertEquals(
        "path.completion.notOffered",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.run(() -> plans.recordCompletion(people.get(0), module, TODAY)))
            .getMessageKey());
    long orgId = asManager.call(() -> cohorts.getCohort(mine)).organisationId();
    asManager.run(() -> catalogue.setDelivery(module, orgId, true, Set.of()));
    // a cohort of another organisation cannot be attached by a forged id
    assertThrows(
        ObjectNotFoundException.class,
        () -> asManager.run(() -> catalogue.setDelivery(module, orgId, true, Set.of(foreign))));
    PlanView recorded =
        asManager.call(() -> plans.recordCompletion(people.get(0), module, TODAY.minusDays(2)));
    assertEquals(7, recorded.completedHours());
    assertEquals(
        "path.completion.exists",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.run(() -> plans.recordCompletion(people.get(0), module, TODAY)))
            .getMessageKey());
    assertEquals(
        "path.completion.future",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.run(
                        () -> plans.recordCompletion(people.get(0), module, TODAY.plusDays(1))))
            .getMessageKey());

    // Once the learner has left, the organisation no longer sees their own data.
    long place =
        asManager.call(() -> cohorts.getCohort(mine)).enrolments().stream()
            .filter(e -> e.username().equals(people.get(0)))
            .findFirst()
            .orElseThrow()
            .id();
    asManager.run(
        () ->
            cohorts.withdraw(
                mine, place, fr.capacite.domain.cohort.WithdrawalReason.PERSONAL, null));
    assertThrows(
        ObjectNotFoundException.class, () -> asManager.run(() -> plans.planOf(people.get(0))));
  }

  @Test
  void remindersGoOutOnceAheadOfADeadline() throws Exception {
    var centre = jury.centre(TODAY);
    String learner = data.learners(ReferentialTestData.unique("rs"), 1).get(0);
    // failed a year ago less ten days: the re-sit window closes in ten days (R8)
    jury.result(learner, centre.blocks().get("CCP2"), false, TODAY.minusYears(1).plusDays(10));
    asAdmin.call(() -> reminders.sendDue(TODAY));
    asAdmin.call(() -> reminders.sendDue(TODAY));
    assertEquals(1, paths.notifications(learner, "notification.deadline.RESIT"));
    assertFalse(asAdmin.call(() -> plans.planOf(learner)).deadlines().isEmpty());
  }
}
