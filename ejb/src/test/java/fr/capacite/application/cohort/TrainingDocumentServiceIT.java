package fr.capacite.application.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import fr.capacite.testing.RunAsTrainer;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A learner's documents come from the recorded data, for the learner and their organisation's staff
 * alone; the end-of-training attestation waits for the end of the cohort.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingDocumentServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  private static final LocalDate TODAY = FrenchTime.today();

  @EJB private TrainingDocumentService documents;
  @EJB private CohortService cohorts;
  @EJB private AttendanceService attendance;
  @EJB private CohortTestData data;
  @EJB private RunAsManager asManager;
  @EJB private RunAsTrainer asTrainer;
  @EJB private RunAsMediator asLearner;

  private static boolean isPdf(byte[] b) {
    return new String(b, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
  }

  @Test
  void theLearnerAndTheirOrganisationGetTheDocumentsAndNobodyElse() throws Exception {
    long cohortId = data.cohortAround(TODAY);
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    long enrolment =
        asManager.call(() -> cohorts.enrol(cohortId, "it-mediator", 105, null, null)).enrolmentId();
    long session = data.session(cohortId, TODAY);
    asLearner.run(() -> attendance.sign(session));
    asTrainer.call(
        () -> {
          attendance.certify(session, Map.of());
          return null;
        });

    for (TrainingDocumentService.Kind kind :
        new TrainingDocumentService.Kind[] {
          TrainingDocumentService.Kind.CONVOCATION, TrainingDocumentService.Kind.CERTIFICATE
        }) {
      assertTrue(isPdf(asLearner.call(() -> documents.document(enrolment, kind, Locale.FRENCH))));
      assertTrue(isPdf(asManager.call(() -> documents.document(enrolment, kind, Locale.ENGLISH))));
      assertTrue(isPdf(asTrainer.call(() -> documents.document(enrolment, kind, Locale.FRENCH))));
    }
    assertEquals(
        "documents.end.tooEarly",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asLearner.call(
                        () ->
                            documents.document(
                                enrolment,
                                TrainingDocumentService.Kind.END_OF_TRAINING,
                                Locale.FRENCH)))
            .getMessageKey());

    // Another learner's place: their documents do not exist for this learner.
    long foreign =
        asManager
            .call(() -> cohorts.enrol(cohortId, data.learners("docs", 1).get(0), 105, null, null))
            .enrolmentId();
    assertTrue(
        isPdf(
            asManager.call(
                () ->
                    documents.document(
                        foreign, TrainingDocumentService.Kind.CERTIFICATE, Locale.FRENCH))));
    assertThrows(
        ObjectNotFoundException.class,
        () ->
            asLearner.call(
                () ->
                    documents.document(
                        foreign, TrainingDocumentService.Kind.CERTIFICATE, Locale.FRENCH)),
        "another learner's documents");
    assertThrows(
        ObjectNotFoundException.class,
        () ->
            asLearner.call(
                () ->
                    documents.document(
                        -1, TrainingDocumentService.Kind.CONVOCATION, Locale.FRENCH)));
  }
}
