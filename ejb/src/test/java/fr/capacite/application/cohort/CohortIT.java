package fr.capacite.application.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.cohort.WithdrawalReason;
import fr.capacite.domain.identity.Role;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.OrganisationTestData;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsManager;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cohorts and enrolments on a real database, including concurrent enrolments (R12). */
@ExtendWith(ArquillianExtension.class)
class CohortIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private CohortService cohorts;
  @EJB private CohortTestData data;
  @EJB private OrganisationTestData organisations;
  @EJB private RunAsManager asManager;
  @EJB private fr.capacite.testing.RunAsMediator asMediator;
  @EJB private AttendanceService attendance;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  private long cohort(int capacity, String... blocks) {
    organisations.organisation("Manager " + ReferentialTestData.unique("M"), "it-manager");
    return data.cohort(capacity, blocks);
  }

  @Test
  void fiftyConcurrentEnrolmentsFillTwelvePlacesAndQueueTheRest() throws Exception {
    long cohortId = cohort(12, "CCP1");
    List<String> learners = data.learners(ReferentialTestData.unique("learner"), 50);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<EnrolmentOutcome>> results = new ArrayList<>();
    for (String learner : learners) {
      results.add(
          executor.submit(
              () -> {
                start.await();
                return asManager.call(() -> cohorts.enrol(cohortId, learner, 280, null, null));
              }));
    }
    start.countDown();
    for (Future<EnrolmentOutcome> f : results) {
      f.get(120, TimeUnit.SECONDS);
    }
    CohortDetail d = asManager.call(() -> cohorts.getCohort(cohortId));
    assertEquals(12, d.enrolledCount());
    assertEquals(38, d.waitingCount());
    List<Integer> ranks =
        d.enrolments().stream()
            .filter(e -> e.status() == EnrolmentStatus.WAITING)
            .map(CohortDetail.EnrolmentView::waitingRank)
            .sorted()
            .toList();
    assertEquals(
        38, ranks.stream().distinct().count(), "every waiting learner has a rank of their own");

    // A withdrawal gives the place to the first learner waiting.
    var firstWaiting =
        d.enrolments().stream()
            .filter(e -> e.status() == EnrolmentStatus.WAITING)
            .min((a, b) -> a.waitingRank() - b.waitingRank())
            .orElseThrow();
    var someoneEnrolled =
        d.enrolments().stream()
            .filter(e -> e.status() == EnrolmentStatus.ENROLLED)
            .findFirst()
            .orElseThrow();
    asManager.call(
        () -> {
          cohorts.withdraw(
              cohortId, someoneEnrolled.id(), WithdrawalReason.EMPLOYMENT, "Embauchée en CDI");
          return null;
        });
    CohortDetail after = asManager.call(() -> cohorts.getCohort(cohortId));
    assertEquals(12, after.enrolledCount());
    assertEquals(37, after.waitingCount());
    assertEquals(
        EnrolmentStatus.ENROLLED,
        after.enrolments().stream()
            .filter(e -> e.id() == firstWaiting.id())
            .findFirst()
            .orElseThrow()
            .status());
    var withdrawn =
        after.enrolments().stream()
            .filter(e -> e.id() == someoneEnrolled.id())
            .findFirst()
            .orElseThrow();
    assertEquals(WithdrawalReason.EMPLOYMENT, withdrawn.withdrawalReason());
    assertEquals("Embauchée en CDI", withdrawn.withdrawalNote());
    assertThrows(
        InvalidInputException.class,
        () ->
            asManager.call(
                () -> {
                  cohorts.withdraw(cohortId, firstWaiting.id(), null, null);
                  return null;
                }),
        "a withdrawal needs its reason");
    assertThrows(
        InvalidInputException.class,
        () ->
            asManager.call(
                () -> {
                  cohorts.withdraw(cohortId, someoneEnrolled.id(), WithdrawalReason.OTHER, null);
                  return null;
                }),
        "nobody withdraws twice");
  }

  @Test
  void enrolmentRulesAreExplained() throws Exception {
    long cohortId = cohort(2, "CCP2", "CCP3");
    List<String> learners = data.learners(ReferentialTestData.unique("rules"), 2);
    String learner = learners.get(0);
    assertEquals(
        "cohort.enrolment.hoursNotAllowed",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.call(() -> cohorts.enrol(cohortId, learner, 200, null, "LIVRET-1")))
            .getMessageKey());
    assertEquals(
        "cohort.enrolment.ccp1Required",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.call(() -> cohorts.enrol(cohortId, learner, 280, null, " ")))
            .getMessageKey());
    assertEquals(
        "cohort.enrolment.unknownLearner",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.call(() -> cohorts.enrol(cohortId, "nobody-at-all", 280, null, "L")))
            .getMessageKey());
    assertEquals(
        "cohort.enrolment.notMediator",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.call(() -> cohorts.enrol(cohortId, "it-manager", 280, null, "L")))
            .getMessageKey());
    assertEquals(
        EnrolmentStatus.ENROLLED,
        asManager
            .call(() -> cohorts.enrol(cohortId, learner, 280, "Score 62/100", "LIVRET-2024-118"))
            .status());
    // The same form sent twice: refused, not doubled.
    assertEquals(
        "cohort.enrolment.already",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.call(() -> cohorts.enrol(cohortId, learner, 280, null, "L")))
            .getMessageKey());
  }

  @Test
  void capacityCannotDropBelowTheEnrolledAndGrowingItPromotesTheWaitingList() throws Exception {
    long cohortId = cohort(1, "CCP1");
    List<String> learners = data.learners(ReferentialTestData.unique("cap"), 3);
    for (String l : learners) {
      asManager.call(() -> cohorts.enrol(cohortId, l, 105, null, null));
    }
    CohortDetail d = asManager.call(() -> cohorts.getCohort(cohortId));
    assertEquals(1, d.enrolledCount());
    CohortForm f = d.form();
    CohortForm smaller =
        new CohortForm(
            f.code(),
            f.title(),
            null,
            null,
            f.blockIds(),
            f.start(),
            f.end(),
            0,
            f.modality(),
            null,
            f.trainerIds(),
            f.organisationDays(),
            f.hostDays());
    assertEquals(
        "cohort.capacity.belowEnrolled",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.call(
                        () -> {
                          cohorts.updateCohort(cohortId, d.entityVersion(), smaller);
                          return null;
                        }))
            .getMessageKey());
    CohortForm larger =
        new CohortForm(
            f.code(),
            f.title(),
            null,
            null,
            f.blockIds(),
            f.start(),
            f.end(),
            3,
            f.modality(),
            null,
            f.trainerIds(),
            f.organisationDays(),
            f.hostDays());
    asManager.call(
        () -> {
          cohorts.updateCohort(cohortId, d.entityVersion(), larger);
          return null;
        });
    CohortDetail grown = asManager.call(() -> cohorts.getCohort(cohortId));
    assertEquals(3, grown.enrolledCount());
    assertEquals(0, grown.waitingCount());
    assertThrows(
        ConcurrentEditException.class,
        () ->
            asManager.call(
                () -> {
                  cohorts.updateCohort(cohortId, d.entityVersion(), larger);
                  return null;
                }));
  }

  @Test
  void aPlaceOfferedWaitsForTheLearnersAnswerAndOnlyTheyGiveIt() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    long accepted = cohort(3, "CCP1");
    long declined = cohort(1, "CCP1");
    String other = data.learners(ReferentialTestData.unique("offer"), 1).get(0);
    asManager.call(() -> cohorts.enrol(accepted, "it-mediator", 105, null, null));
    asManager.call(() -> cohorts.enrol(declined, "it-mediator", 105, null, null));
    asManager.call(() -> cohorts.enrol(declined, other, 105, null, null));
    assertTrue(
        asManager.call(() -> cohorts.getCohort(accepted)).enrolments().get(0).awaitingAcceptance(),
        "the manager sees that the place waits for an answer");
    List<LearnerCohort> mine = asMediator.call(() -> attendance.myCohorts());
    LearnerCohort offer =
        mine.stream().filter(c -> c.cohortId() == accepted).findFirst().orElseThrow();
    LearnerCohort toDecline =
        mine.stream().filter(c -> c.cohortId() == declined).findFirst().orElseThrow();
    assertTrue(offer.awaitingAcceptance());

    // Only the learner answers: a manager cannot accept for them, nor can they answer another's.
    assertThrows(
        jakarta.ejb.EJBAccessException.class,
        () -> asManager.run(() -> cohorts.acceptPlace(offer.enrolmentId())));
    long othersPlace =
        asManager.call(() -> cohorts.getCohort(declined)).enrolments().stream()
            .filter(e -> e.username().equals(other))
            .findFirst()
            .orElseThrow()
            .id();
    assertThrows(
        ObjectNotFoundException.class,
        () -> asMediator.run(() -> cohorts.acceptPlace(othersPlace)));

    asMediator.run(() -> cohorts.acceptPlace(offer.enrolmentId()));
    assertEquals(
        "cohort.enrolment.alreadyAccepted",
        assertThrows(
                InvalidInputException.class,
                () -> asMediator.run(() -> cohorts.acceptPlace(offer.enrolmentId())))
            .getMessageKey());
    assertTrue(
        !asManager
            .call(() -> cohorts.getCohort(accepted))
            .enrolments()
            .get(0)
            .awaitingAcceptance());

    // Declining frees the place for the first person waiting.
    asMediator.run(() -> cohorts.declinePlace(toDecline.enrolmentId()));
    var after = asManager.call(() -> cohorts.getCohort(declined)).enrolments();
    assertEquals(1, after.size());
    assertEquals(other, after.get(0).username());
    assertEquals(EnrolmentStatus.ENROLLED, after.get(0).status());
  }

  @Test
  void cohortsOfAnotherOrganisationDoNotExistForAManager() throws Exception {
    long mine = cohort(5, "CCP1");
    assertEquals(mine, asManager.call(() -> cohorts.getCohort(mine)).id());
    // An organisation the manager is not a member of, and its cohorts, do not exist for him.
    long theirs = organisations.organisation("Étranger " + ReferentialTestData.unique("E"));
    assertThrows(
        ObjectNotFoundException.class, () -> asManager.call(() -> cohorts.listCohorts(theirs)));
  }

  @Test
  void managersFindLearnersByAPartOfTheirNameOrEMail() throws Exception {
    long cohortId = cohort(5, "CCP1");
    String prefix = ReferentialTestData.unique("Suggest");
    List<String> learners = data.learners(prefix, 12);
    data.ensureAccount("it-juror-suggest-" + prefix.toLowerCase(), Role.JUROR);
    var found = asManager.call(() -> cohorts.learnerSuggestions(cohortId, prefix.toUpperCase()));
    assertEquals(10, found.size(), "ten suggestions at most");
    assertTrue(found.stream().allMatch(c -> learners.contains(c.username())), "mediators only");
    assertEquals(
        List.of(learners.get(3)),
        asManager
            .call(() -> cohorts.learnerSuggestions(cohortId, learners.get(3) + "@example"))
            .stream()
            .map(CohortService.LearnerChoice::username)
            .toList());
    assertTrue(
        asManager.call(() -> cohorts.learnerSuggestions(cohortId, "su")).isEmpty(),
        "three characters at least: the accounts are not browsed");
  }
}
