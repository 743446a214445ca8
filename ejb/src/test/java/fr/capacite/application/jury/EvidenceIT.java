package fr.capacite.application.jury;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.StateConflictException;
import fr.capacite.domain.jury.EvidenceKind;
import fr.capacite.domain.jury.ExamKind;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.JuryTestData;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsJuror;
import fr.capacite.testing.RunAsManager;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R6: a candidate's evidence: the DP checked on content and size, ECF results, jury notes. And what
 * the jury sees, back to the training: per competence, the share of criteria an organisation's
 * candidates met at published sessions beside the national share (withheld below five candidates),
 * and jurors' remarks at deliberation, read without names once published.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private ExamSessionService sessions;
  @EJB private EvidenceService evidence;
  @EJB private JuryTestData data;
  @EJB private RunAsManager asManager;
  @EJB private RunAsJuror asJuror;

  private static String key(Exception e) {
    return ((InvalidInputException) e).getMessageKey();
  }

  /** A stream of n bytes starting like a PDF, produced as it is read. */
  private static InputStream pdfLike(long n) {
    return new InputStream() {
      private long read;

      @Override
      public int read() {
        if (read >= n) {
          return -1;
        }
        return read < 5 ? "%PDF-".charAt((int) read++) : (int) (read++ % 7);
      }
    };
  }

  @Test
  void r6TheDpIsAPdfWithinTheLimitAndEachOneWritesTheirOwnPart() throws Exception {
    LocalDate day = FrenchTime.today();
    JuryTestData.Centre c = data.centre(day);
    String learner = ReferentialTestData.unique("ev").toLowerCase();
    long cohortId = data.cohort(c, day.minusMonths(1), null, List.of(learner));
    long id =
        asManager.call(
            () ->
                sessions.createSession(
                    c.organisationId(),
                    new ExamSessionForm(
                        "Dossiers",
                        c.versionId(),
                        ExamKind.CCP,
                        List.of(c.blocks().get("CCP1")),
                        c.siteId(),
                        day,
                        ExamModality.ON_SITE)));
    asManager.call(() -> sessions.addCohortCandidates(id, cohortId));
    long candidate = asManager.call(() -> sessions.getSession(id)).candidates().get(0).id();

    EvidenceView empty = asManager.call(() -> evidence.getEvidence(candidate));
    assertEquals(
        List.of(EvidenceKind.DP, EvidenceKind.ECF, EvidenceKind.MSP),
        empty.items().stream()
            .filter(EvidenceView.Item::expected)
            .map(EvidenceView.Item::kind)
            .toList());

    byte[] text = "Ceci est un fichier texte renommé en .pdf".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "jury.evidence.notPdf",
        key(
            assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.run(
                        () ->
                            evidence.uploadDp(
                                candidate,
                                "dp.pdf",
                                text.length,
                                new ByteArrayInputStream(text))))));
    assertEquals(
        "jury.evidence.tooLarge",
        key(
            assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.run(
                        () -> evidence.uploadDp(candidate, "dp.pdf", 200_000_000L, pdfLike(10))))));
    long over = EvidenceService.MAX_DP_BYTES + 1;
    assertEquals(
        "jury.evidence.tooLarge",
        key(
            assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.run(
                        () -> evidence.uploadDp(candidate, "dp.pdf", 1000, pdfLike(over))))),
        "the size read counts, not the size declared");
    assertTrue(
        asManager.call(() -> evidence.getEvidence(candidate)).items().stream()
            .noneMatch(EvidenceView.Item::recorded),
        "refused uploads leave nothing behind");

    byte[] pdf = "%PDF-1.4\n% dossier professionnel\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    asManager.run(
        () ->
            evidence.uploadDp(candidate, "dp-maya.pdf", pdf.length, new ByteArrayInputStream(pdf)));
    assertArrayEquals(pdf, asManager.call(() -> evidence.dp(candidate)));
    asManager.run(() -> evidence.record(candidate, EvidenceKind.ECF, "ECF 1 et 2 : favorables"));
    assertEquals(
        "jury.evidence.notYours",
        key(
            assertThrows(
                InvalidInputException.class,
                () -> asManager.run(() -> evidence.record(candidate, EvidenceKind.MSP, "note")))));
    assertEquals(
        "jury.evidence.notForThisSession",
        key(
            assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.run(
                        () -> evidence.record(candidate, EvidenceKind.FINAL_INTERVIEW, "note")))));

    data.juror("it-juror", day, true);
    asManager.run(() -> sessions.assignJuror(id, "it-juror"));
    assertEquals(
        "jury.sheet.notOpen",
        key(
            assertThrows(
                InvalidInputException.class,
                () ->
                    asJuror.run(
                        () -> evidence.record(candidate, EvidenceKind.MSP, "Atelier mené")))),
        "the jury notes the tests once scoring is open");
    assertArrayEquals(pdf, asJuror.call(() -> evidence.dp(candidate)), "the jury reads the DP");
    data.juror("it-juror2", day, true);
    asManager.run(() -> sessions.assignJuror(id, "it-juror2"));
    asManager.run(() -> sessions.openForScoring(id));
    asJuror.run(() -> evidence.record(candidate, EvidenceKind.MSP, "Atelier mené avec aisance"));
    assertEquals(
        "Atelier mené avec aisance",
        asJuror.call(() -> evidence.getEvidence(candidate)).items().stream()
            .filter(i -> i.kind() == EvidenceKind.MSP)
            .findFirst()
            .orElseThrow()
            .text());
  }

  // What the jury sees, back to the training (JuryFeedbackService), on the same deployment.

  private static final LocalDate TODAY = FrenchTime.today();

  @EJB private JuryFeedbackService feedback;
  @EJB private JuryOutcomeFigures figures;

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
