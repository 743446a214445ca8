package fr.capacite.application.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.StateConflictException;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.JuryTestData;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsJuror;
import fr.capacite.testing.RunAsManager;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the jury sees, back to the training: per competence, the share of criteria an organisation's
 * candidates met at published sessions beside the national share (withheld below five candidates),
 * and the remarks jurors left at deliberation, read without their names once the results are
 * published.
 */
@ExtendWith(ArquillianExtension.class)
class JuryFeedbackIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  private static final LocalDate TODAY = FrenchTime.today();

  @EJB private JuryFeedbackService feedback;
  @EJB private JuryOutcomeFigures figures;
  @EJB private JuryTestData data;
  @EJB private RunAsJuror asJuror;
  @EJB private RunAsManager asManager;

  private static List<String> learners(String prefix, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(ReferentialTestData.unique(prefix).toLowerCase());
    }
    return out;
  }

  @Test
  void anOrganisationReadsWhatTheJurySawOfItsCandidates() throws Exception {
    JuryTestData.Centre c = data.centre(TODAY);
    long cohort = data.cohort(c, TODAY.minusMonths(1), null, learners("fb", 6));
    data.juror("it-juror", TODAY, true);
    long session = data.scoredSession(c, cohort, "it-juror", 4);

    // At deliberation, the juror writes about the organisation whose candidates they assessed.
    var targets = asJuror.call(() -> feedback.remarkTargets(session));
    assertEquals(
        List.of(c.organisationId()), targets.stream().map(t -> t.organisationId()).toList());
    asJuror.run(
        () ->
            feedback.remark(
                session, c.organisationId(), "Bien préparés à l’accueil, moins à l’atelier."));
    assertEquals(
        "Bien préparés à l’accueil, moins à l’atelier.",
        asJuror.call(() -> feedback.remarkTargets(session)).get(0).text());
    assertEquals(
        "jury.remark.tooLong",
        ((InvalidInputException)
                assertThrows(
                    InvalidInputException.class,
                    () ->
                        asJuror.run(
                            () -> feedback.remark(session, c.organisationId(), "x".repeat(1001)))))
            .getMessageKey());
    JuryTestData.Centre elsewhere = data.centre(TODAY);
    assertThrows(
        ObjectNotFoundException.class,
        () -> asJuror.run(() -> feedback.remark(session, elsewhere.organisationId(), "Hors sujet")),
        "an organisation none of the session's candidates was trained by");

    // Before publication: nothing for the organisation.
    var before = asManager.call(() -> feedback.feedback(c.organisationId()));
    assertTrue(before.competences().isEmpty());
    assertTrue(before.remarks().isEmpty(), "remarks wait for the results");

    data.publish(session);
    figures.forget();
    var after = asManager.call(() -> feedback.feedback(c.organisationId()));
    assertEquals(2, after.competences().size(), "CCP1's two competences: " + after.competences());
    var welcome = after.competences().get(0);
    assertEquals("CCP1.1", welcome.code());
    assertEquals(6, welcome.organisation().candidates());
    assertEquals(67, welcome.organisation().percent(), "4 of 6 candidates met both criteria");
    assertEquals(67, welcome.national().percent(), "only this organisation's version");
    assertEquals(
        List.of("Bien préparés à l’accueil, moins à l’atelier."),
        after.remarks().stream().map(JuryFeedbackService.Remark::text).toList());
    assertThrows(
        StateConflictException.class,
        () -> asJuror.run(() -> feedback.remark(session, c.organisationId(), "Plus tard")),
        "after signature, remarks no longer change");

    // Three candidates: the share is withheld, the national figure still shown.
    long few = data.cohort(elsewhere, TODAY.minusMonths(1), null, learners("fw", 3));
    data.publish(data.scoredSession(elsewhere, few, "it-juror", 3));
    figures.forget();
    var small = asManager.call(() -> feedback.feedback(elsewhere.organisationId()));
    assertFalse(small.competences().get(0).organisation().shown());
    assertNull(small.competences().get(0).organisation().percent());
  }
}
