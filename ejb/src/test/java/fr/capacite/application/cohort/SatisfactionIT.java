package fr.capacite.application.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.SatisfactionQuestion;
import fr.capacite.domain.cohort.SurveyWave;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The standard questionnaire: waves sent at the end and 3 months later, reminders, answers. */
@ExtendWith(ArquillianExtension.class)
class SatisfactionIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private SatisfactionService satisfaction;
  @EJB private CohortService cohorts;
  @EJB private CohortTestData data;
  @EJB private RunAsAdmin asAdmin;
  @EJB private RunAsManager asManager;
  @EJB private RunAsMediator asLearner;

  private static final LocalDate TODAY = FrenchTime.today();

  private static Map<SatisfactionQuestion, Integer> all(int score) {
    Map<SatisfactionQuestion, Integer> m = new EnumMap<>(SatisfactionQuestion.class);
    for (SatisfactionQuestion q : SatisfactionQuestion.values()) {
      m.put(q, score);
    }
    return m;
  }

  @Test
  void theHotWaveGoesOutAtTheEndTheLearnerAnswersOnceAnonymouslyAndOthersAreReminded()
      throws Exception {
    long cohortId = data.cohortAround(TODAY.minusDays(31)); // ended yesterday
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String other = data.learners(ReferentialTestData.unique("muet"), 1).get(0);
    asManager.call(() -> cohorts.enrol(cohortId, "it-mediator", 105, null, null));
    asManager.call(() -> cohorts.enrol(cohortId, other, 105, null, null));

    assertTrue(asAdmin.call(() -> satisfaction.sendDue(TODAY)) >= 2);
    assertNull(data.invitation(cohortId, "it-mediator", SurveyWave.COLD), "à froid waits 3 months");
    var mine =
        asLearner.call(() -> satisfaction.myOpenInvitations()).stream()
            .filter(i -> i.cohortId() == cohortId)
            .findFirst()
            .orElseThrow();
    assertEquals(SurveyWave.HOT, mine.wave());
    assertEquals(TODAY.minusDays(1), mine.sentOn());

    // Someone else's invitation does not exist for the caller.
    long othersInvitation = data.invitation(cohortId, other, SurveyWave.HOT).getId();
    assertThrows(
        ObjectNotFoundException.class,
        () -> asLearner.call(() -> satisfaction.getInvitation(othersInvitation)));

    Map<SatisfactionQuestion, Integer> partial = all(4);
    partial.remove(SatisfactionQuestion.OVERALL);
    assertEquals(
        "survey.scoreMissing",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asLearner.run(
                        () -> satisfaction.answer(mine.id(), partial, "Très utile", true)))
            .getMessageKey());

    long linkedBefore = data.responsesLinkedTo("it-mediator");
    asLearner.run(() -> satisfaction.answer(mine.id(), all(5), "Très utile <b>merci</b>", true));
    assertEquals(
        "survey.alreadyAnswered",
        assertThrows(
                InvalidInputException.class,
                () -> asLearner.run(() -> satisfaction.answer(mine.id(), all(1), null, false)))
            .getMessageKey());
    assertEquals(linkedBefore, data.responsesLinkedTo("it-mediator"), "anonymous: no link kept");

    CohortSatisfaction results = asManager.call(() -> satisfaction.results(cohortId));
    CohortSatisfaction.Wave hot = results.waves().get(0);
    assertEquals(SurveyWave.HOT, hot.wave());
    assertEquals(2, hot.invited());
    assertEquals(1, hot.result().respondents());
    assertEquals(100.0, hot.result().satisfactionRate());
    assertEquals(50.0, hot.responseRate());
    assertEquals(TODAY, hot.result().from());
    assertEquals("Très utile <b>merci</b>", results.comments().get(0).text());

    // A week later, only the one who has not answered is reminded, once.
    asAdmin.call(() -> satisfaction.sendDue(TODAY.plusDays(7)));
    assertNotNull(data.invitation(cohortId, other, SurveyWave.HOT).getRemindedOn());
    assertNull(data.invitation(cohortId, "it-mediator", SurveyWave.HOT).getRemindedOn());
    asAdmin.call(() -> satisfaction.sendDue(TODAY.plusDays(8)));
    assertEquals(
        TODAY.plusDays(7), data.invitation(cohortId, other, SurveyWave.HOT).getRemindedOn());

    // Three months after the end, the à froid wave goes out.
    asAdmin.call(() -> satisfaction.sendDue(TODAY.minusDays(1).plusMonths(3)));
    assertNotNull(data.invitation(cohortId, "it-mediator", SurveyWave.COLD));
  }
}
