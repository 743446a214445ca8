package fr.capacite.application.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.cohort.ApplicationService;
import fr.capacite.application.cohort.CohortService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.Funding;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.path.AttemptStatus;
import fr.capacite.domain.path.QuestionKind;
import fr.capacite.domain.path.RoutingRuleSet;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The programme's positioning test taken from a published offer before applying: the result is the
 * person's alone until they apply; the organisation reads it on the application, and accepting it
 * positions the place (still to validate, R11).
 */
@ExtendWith(ArquillianExtension.class)
class PositioningBeforeApplyingIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private RoutingService routing;
  @EJB private PositioningAuthoring authoring;
  @EJB private PositioningService positioning;
  @EJB private CohortService cohorts;
  @EJB private ApplicationService applications;
  @EJB private CohortTestData data;
  @EJB private RunAsAdmin asAdmin;
  @EJB private RunAsManager asManager;
  @EJB private RunAsMediator asMediator;

  @Test
  void aTestTakenBeforeApplyingGoesWithTheApplicationAndPositionsThePlace() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    asAdmin.call(
        () ->
            routing.saveRules(
                "CNFS-2021-2023",
                List.of(
                    new RoutingRuleSet.Draft(105, 75, 50),
                    new RoutingRuleSet.Draft(280, 50, null),
                    new RoutingRuleSet.Draft(420, null, null))));
    long organisation = data.offer("76341234538", true, "RNCP99004", 5);
    long cohortId = asManager.call(() -> cohorts.listCohorts(organisation).get(0).id());
    long version = asManager.call(() -> cohorts.getCohort(cohortId).entityVersion());
    asManager.run(
        () ->
            cohorts.describeOffer(
                cohortId,
                version,
                new CohortService.OfferForm(true, null, Set.of(Funding.CPF), null)));
    long testId =
        asManager.call(
            () -> authoring.createTest("Avant candidature", "CNFS-2021-2023", organisation));
    var v0 = asManager.call(() -> authoring.getTest(testId));
    var v1 =
        asManager.call(
            () ->
                authoring.saveQuestion(
                    testId,
                    v0.entityVersion(),
                    null,
                    new PositioningViews.QuestionForm(
                        "Hameçonnage",
                        QuestionKind.SINGLE,
                        null,
                        "4.1",
                        List.of(
                            new PositioningViews.OptionForm("Bonne réponse", 3),
                            new PositioningViews.OptionForm("Mauvaise réponse", 0)))));
    asManager.call(() -> authoring.publish(testId, v1.entityVersion()));

    var offered =
        asMediator.call(() -> positioning.offerTests(cohortId)).stream()
            .filter(t -> t.testId() == testId)
            .findFirst()
            .orElseThrow();
    assertNull(offered.attemptId());
    long attempt = asMediator.call(() -> positioning.startBeforeApplying(testId, cohortId));
    assertEquals(
        attempt,
        (long) asMediator.call(() -> positioning.startBeforeApplying(testId, cohortId)),
        "a double click resumes");
    var q = asMediator.call(() -> positioning.question(attempt, null));
    asMediator.call(() -> positioning.answer(attempt, 0, List.of(q.options().get(0).id()), 0));
    var result = asMediator.call(() -> positioning.submit(attempt));
    assertEquals(105, result.hours());
    assertEquals(cohortId, result.offerCohortId(), "back to the application");
    assertEquals(
        105,
        asMediator.call(() -> positioning.offerTests(cohortId)).stream()
            .filter(t -> t.testId() == testId)
            .findFirst()
            .orElseThrow()
            .hours());
    // The organisation sees nothing of it before the application.
    assertTrue(
        asManager.call(() -> authoring.attempts(testId, 0, 50)).items().stream()
            .noneMatch(r -> r.attemptId() == attempt));

    asMediator.call(
        () ->
            applications.apply(
                cohortId,
                new ApplicationService.ApplicationForm("Je veux me former.", Funding.CPF, null)));
    var application = asManager.call(() -> applications.ofCohort(cohortId)).get(0);
    assertEquals(105, application.positionedHours(), "the advised length, on the application");
    asManager.call(() -> applications.accept(application.id(), application.version(), 105));

    // The place is positioned with it; the organisation now sees and validates it (R11).
    var row =
        asManager.call(() -> authoring.attempts(testId, 0, 50)).items().stream()
            .filter(r -> r.attemptId() == attempt)
            .findFirst()
            .orElseThrow();
    assertEquals(105, row.hours());
    assertEquals(
        AttemptStatus.VALIDATED, asManager.call(() -> authoring.validate(attempt)).status());

    // A cohort outside the catalogue has no test to take before applying.
    long unpublished = data.cohortAround(FrenchTime.today().plusMonths(3));
    assertThrows(
        ObjectNotFoundException.class,
        () -> asMediator.call(() -> positioning.offerTests(unpublished)));
    assertThrows(
        ObjectNotFoundException.class,
        () -> asMediator.call(() -> positioning.startBeforeApplying(testId, unpublished)));
  }
}
