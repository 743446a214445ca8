package fr.capacite.application.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.jury.ExamKind;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.JuryTestData;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import fr.capacite.testing.RunAsTrainer;
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
 * Convocations to an exam session: the candidate and the centre's managers get it as PDF/A; another
 * learner finds no such candidate; the candidate's coming sessions list it.
 */
@ExtendWith(ArquillianExtension.class)
class ExamConvocationServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  private static final LocalDate DAY = FrenchTime.today().plusDays(20);

  @EJB private ExamConvocationService convocations;
  @EJB private ExamSessionService sessions;
  @EJB private JuryTestData data;
  @EJB private RunAsManager asManager;
  @EJB private RunAsMediator asLearner;
  @EJB private RunAsTrainer asTrainer;

  /** The words of a PDF (its archival form is checked by ExamConvocationsTest with veraPDF). */
  private static String text(byte[] pdf) throws java.io.IOException {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }

  @Test
  void theCandidateAndTheCentreGetTheConvocationAndNobodyElse() throws Exception {
    JuryTestData.Centre c = data.centre(DAY);
    String other = ReferentialTestData.unique("conv").toLowerCase();
    long cohortId = data.cohort(c, DAY.minusDays(10), null, List.of("it-mediator", other));
    long id =
        asManager.call(
            () ->
                sessions.createSession(
                    c.organisationId(),
                    new ExamSessionForm(
                        "Session de convocation",
                        c.versionId(),
                        ExamKind.CCP,
                        List.of(c.blocks().get("CCP1")),
                        c.siteId(),
                        DAY,
                        ExamModality.ON_SITE)));
    asManager.call(() -> sessions.addCohortCandidates(id, cohortId));
    var candidates = asManager.call(() -> sessions.getSession(id)).candidates();
    long mine =
        candidates.stream()
            .filter(x -> x.username().equals("it-mediator"))
            .findFirst()
            .orElseThrow()
            .id();
    long theirs =
        candidates.stream().filter(x -> x.username().equals(other)).findFirst().orElseThrow().id();

    byte[] pdf = asLearner.call(() -> convocations.convocation(mine, Locale.FRENCH));
    String text = text(pdf);
    assertTrue(
        text.contains("Session de convocation") && text.contains("1 place du Capitole"), text);
    assertThrows(
        ObjectNotFoundException.class,
        () -> asLearner.call(() -> convocations.convocation(theirs, Locale.FRENCH)));
    assertTrue(
        text(asManager.call(() -> convocations.convocation(theirs, Locale.ENGLISH)))
            .contains("Notice to attend an exam session"));
    assertThrows(
        EJBAccessException.class,
        () -> asTrainer.call(() -> convocations.convocation(mine, Locale.FRENCH)));

    var coming = asLearner.call(() -> convocations.mine());
    var listed = coming.stream().filter(x -> x.candidateId() == mine).findFirst().orElseThrow();
    assertEquals(DAY, listed.day());
    assertEquals("Salle d'examen", listed.place());
  }
}
