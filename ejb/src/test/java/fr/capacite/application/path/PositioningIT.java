package fr.capacite.application.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.cohort.CohortService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Positioning against the database (R11): rules versioned per programme, a test written and frozen,
 * taken question by question and resumed, routed, recorded on the enrolment, validated by the
 * organisation and then final.
 */
@ExtendWith(ArquillianExtension.class)
class PositioningIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private RoutingService routing;
  @EJB private PositioningAuthoring authoring;
  @EJB private PositioningService positioning;
  @EJB private CohortService cohorts;
  @EJB private CohortTestData data;
  @EJB private RunAsAdmin asAdmin;
  @EJB private RunAsManager asManager;
  @EJB private RunAsMediator asMediator;

  private static PositioningViews.QuestionForm question(
      String prompt, QuestionKind kind, String pix) {
    return new PositioningViews.QuestionForm(
        prompt,
        kind,
        null,
        pix,
        List.of(
            new PositioningViews.OptionForm("Bonne réponse", 3),
            new PositioningViews.OptionForm("Réponse partielle", 1),
            new PositioningViews.OptionForm(
                "Réponse néfaste", kind == QuestionKind.MULTIPLE ? -2 : 0)));
  }

  @Test
  void r11ALearnerIsPositionedAndTheValidatedResultIsFinal() throws Exception {
    // Rules of the 2021–2023 programme: only its lengths, and a last rule without threshold.
    assertEquals(
        "path.routing.hoursNotAllowed",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asAdmin.run(
                        () ->
                            routing.saveRules(
                                "CNFS-2021-2023",
                                List.of(new RoutingRuleSet.Draft(70, null, null)))))
            .getMessageKey());
    var rules =
        asAdmin.call(
            () ->
                routing.saveRules(
                    "CNFS-2021-2023",
                    List.of(
                        new RoutingRuleSet.Draft(105, 75, 50),
                        new RoutingRuleSet.Draft(280, 50, null),
                        new RoutingRuleSet.Draft(420, null, null))));
    assertEquals(3, rules.rules().size());

    long cohortId = data.cohortAround(FrenchTime.today().plusMonths(2));
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    asManager.call(() -> cohorts.enrol(cohortId, "it-mediator", 420, null, null));
    long orgId = asManager.call(() -> cohorts.getCohort(cohortId)).organisationId();
    long testId =
        asManager.call(() -> authoring.createTest("Positionnement IT", "CNFS-2021-2023", orgId));
    var v0 = asManager.call(() -> authoring.getTest(testId));
    var v1 =
        asManager.call(
            () ->
                authoring.saveQuestion(
                    testId,
                    v0.entityVersion(),
                    null,
                    question("Hameçonnage", QuestionKind.SINGLE, "4.1")));
    var v2 =
        asManager.call(
            () ->
                authoring.saveQuestion(
                    testId,
                    v1.entityVersion(),
                    null,
                    question("Données", QuestionKind.MULTIPLE, "4.2")));
    // a second editor with the first version is refused
    assertThrows(
        ConcurrentEditException.class,
        () ->
            asManager.run(
                () ->
                    authoring.saveQuestion(
                        testId,
                        v1.entityVersion(),
                        null,
                        question("Trop tard", QuestionKind.SINGLE, "5.1"))));
    asManager.call(() -> authoring.publish(testId, v2.entityVersion()));
    long published = asManager.call(() -> authoring.getTest(testId)).entityVersion();
    assertEquals(
        "path.positioning.frozen",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.run(
                        () ->
                            authoring.saveQuestion(
                                testId,
                                published,
                                null,
                                question("Après publication", QuestionKind.SINGLE, "5.1"))))
            .getMessageKey());

    var mine =
        asMediator.call(() -> positioning.myTests()).stream()
            .filter(t -> t.testId() == testId)
            .findFirst()
            .orElseThrow();
    long attempt = asMediator.call(() -> positioning.start(testId, mine.enrolmentId()));
    assertEquals(
        attempt,
        (long) asMediator.call(() -> positioning.start(testId, mine.enrolmentId())),
        "a double click resumes");

    var first = asMediator.call(() -> positioning.question(attempt, null));
    assertEquals(0, first.index());
    assertEquals(2, first.total());
    var second = asMediator.call(() -> positioning.question(attempt, 1));
    assertEquals(
        "path.positioning.chooseAnswer",
        assertThrows(
                InvalidInputException.class,
                () -> asMediator.run(() -> positioning.answer(attempt, 0, List.of(), 1)))
            .getMessageKey());
    // an option of another question is refused
    assertEquals(
        "path.positioning.badOption",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asMediator.run(
                        () ->
                            positioning.answer(
                                attempt, 0, List.of(second.options().get(0).id()), 1)))
            .getMessageKey());
    asMediator.call(() -> positioning.answer(attempt, 0, List.of(first.options().get(0).id()), 1));
    // the learner leaves and comes back on the second question
    assertEquals(1, asMediator.call(() -> positioning.question(attempt, null)).index());
    assertEquals(
        "path.positioning.unanswered",
        assertThrows(
                InvalidInputException.class,
                () -> asMediator.run(() -> positioning.submit(attempt)))
            .getMessageKey());
    asMediator.call(
        () ->
            positioning.answer(
                attempt,
                1,
                List.of(second.options().get(0).id(), second.options().get(1).id()),
                1));
    var result = asMediator.call(() -> positioning.submit(attempt));
    assertEquals(100, result.overall());
    assertEquals(105, result.hours());
    assertEquals(1, result.rulePosition());
    assertEquals(AttemptStatus.SUBMITTED, result.status());
    assertEquals(2, result.profile().size());
    assertEquals(105, asMediator.call(() -> positioning.submit(attempt)).hours(), "double submit");
    assertEquals(
        "path.positioning.alreadySubmitted",
        assertThrows(
                InvalidInputException.class,
                () -> asMediator.run(() -> positioning.answer(attempt, 0, List.of(), 0)))
            .getMessageKey());

    var staffView = asManager.call(() -> authoring.attempts(testId, 0, 10));
    assertEquals(1, staffView.total());
    var validated = asManager.call(() -> authoring.validate(attempt));
    assertEquals(AttemptStatus.VALIDATED, validated.status());
    assertTrue(
        asMediator.call(() -> positioning.myTests()).stream()
            .anyMatch(
                t ->
                    t.testId() == testId
                        && t.status() == AttemptStatus.VALIDATED
                        && t.hours() == 105));
    assertEquals(
        "path.positioning.notSubmitted",
        assertThrows(
                InvalidInputException.class, () -> asManager.run(() -> authoring.validate(attempt)))
            .getMessageKey());
  }

  @Test
  void anotherOrganisationsTestOrAttemptDoesNotExistForAManager() throws Exception {
    long foreign = data.cohortWithoutManager(5, "CCP1");
    long foreignOrg = asAdmin.call(() -> cohorts.getCohort(foreign)).organisationId();
    long testId =
        asAdmin.call(() -> authoring.createTest("Test d'un autre OF", "CNFS-2024", foreignOrg));
    assertThrows(
        ObjectNotFoundException.class, () -> asManager.run(() -> authoring.getTest(testId)));
    assertThrows(
        ObjectNotFoundException.class,
        () -> asManager.run(() -> authoring.createTest("Forgé", "CNFS-2024", foreignOrg)));
    assertEquals(
        "path.positioning.organisationRequired",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.run(() -> authoring.createTest("National ?", "CNFS-2024", null)))
            .getMessageKey());
    assertThrows(ObjectNotFoundException.class, () -> asMediator.run(() -> positioning.result(-1)));
  }
}
