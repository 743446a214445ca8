package fr.capacite.application.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.ApplicationStatus;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.cohort.Funding;
import fr.capacite.domain.identity.Role;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Applying to a published cohort: once pending, accepted into a place already consented to, or
 * refused with a reason the person reads; not for a cohort outside the catalogue nor twice.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private ApplicationService applications;
  @EJB private CohortService cohorts;
  @EJB private AttendanceService attendance;
  @EJB private CohortTestData data;
  @EJB private RunAsManager asManager;
  @EJB private RunAsMediator asLearner;

  /** A published cohort starting in a month, managed by it-manager; its id. */
  private long published(String nda) throws Exception {
    long organisation = data.offer(nda, true, "RNCP99002", 5);
    long id = asManager.call(() -> cohorts.listCohorts(organisation).get(0).id());
    long version = asManager.call(() -> cohorts.getCohort(id).entityVersion());
    asManager.run(
        () ->
            cohorts.describeOffer(
                id, version, new CohortService.OfferForm(true, null, Set.of(Funding.CPF), null)));
    return id;
  }

  private ApplicationService.ApplicationView mine(long cohortId) throws Exception {
    return asLearner.call(() -> applications.mine()).stream()
        .filter(a -> a.cohortId() == cohortId)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anAcceptedApplicationIsAPlaceTheLearnerAlreadyConsentedTo() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    long cohortId = published("76341234536");
    asLearner.call(
        () ->
            applications.apply(
                cohortId,
                new ApplicationService.ApplicationForm(
                    "Je veux devenir médiatrice.", Funding.CPF, null)));
    assertEquals(
        "application.alreadyPending",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asLearner.call(
                        () ->
                            applications.apply(
                                cohortId,
                                new ApplicationService.ApplicationForm("Encore", null, null))))
            .getMessageKey());
    assertEquals(
        "application.fundingNotOffered",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asLearner.call(
                        () ->
                            applications.apply(
                                published("76341234537"),
                                new ApplicationService.ApplicationForm(
                                    "Projet", Funding.REGION, null))))
            .getMessageKey());

    var pending =
        asManager.call(() -> applications.ofCohort(cohortId)).stream()
            .filter(a -> a.learner().equals("it-mediator"))
            .findFirst()
            .orElseThrow();
    assertEquals(ApplicationStatus.PENDING, pending.status());
    assertThrows(
        ConcurrentEditException.class,
        () -> asManager.call(() -> applications.accept(pending.id(), pending.version() + 1, 105)));
    EnrolmentOutcome outcome =
        asManager.call(() -> applications.accept(pending.id(), pending.version(), 105));
    assertEquals(EnrolmentStatus.ENROLLED, outcome.status());
    assertEquals(ApplicationStatus.ACCEPTED, mine(cohortId).status());
    // The place is theirs at once: nothing waits for their acceptance.
    assertTrue(
        asLearner.call(() -> attendance.myCohorts()).stream()
            .anyMatch(c -> c.cohortId() == cohortId && !c.awaitingAcceptance()));
    assertEquals(
        "application.alreadyEnrolled",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asLearner.call(
                        () ->
                            applications.apply(
                                cohortId,
                                new ApplicationService.ApplicationForm("Encore", null, null))))
            .getMessageKey());
  }

  @Test
  void aRefusalSaysWhyAndACohortOutsideTheCatalogueTakesNoApplication() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    long cohortId = published("76341234538");
    asLearner.call(
        () ->
            applications.apply(
                cohortId,
                new ApplicationService.ApplicationForm("Projet associatif.", null, null)));
    var pending = asManager.call(() -> applications.ofCohort(cohortId)).get(0);
    assertEquals(
        "application.reasonRequired",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.run(() -> applications.refuse(pending.id(), pending.version(), " ")))
            .getMessageKey());
    asManager.run(
        () -> applications.refuse(pending.id(), pending.version(), "Prérequis non réunis."));
    var refused = mine(cohortId);
    assertEquals(ApplicationStatus.REFUSED, refused.status());
    assertEquals("Prérequis non réunis.", refused.reason());
    assertFalse(
        asLearner.call(() -> attendance.myCohorts()).stream()
            .anyMatch(c -> c.cohortId() == cohortId));

    // Not in the catalogue: no such offer.
    long hidden = data.offer("76341234539", true, "RNCP99002", 5);
    long hiddenCohort = asManager.call(() -> cohorts.listCohorts(hidden).get(0).id());
    assertThrows(
        ObjectNotFoundException.class,
        () ->
            asLearner.call(
                () ->
                    applications.apply(
                        hiddenCohort,
                        new ApplicationService.ApplicationForm("Projet", null, null))));
    // A learner withdraws a pending application.
    long other = published("76341234540");
    long id =
        asLearner.call(
            () ->
                applications.apply(
                    other, new ApplicationService.ApplicationForm("Projet", null, null)));
    asLearner.run(() -> applications.withdraw(id));
    assertEquals(ApplicationStatus.WITHDRAWN, mine(other).status());
  }
}
