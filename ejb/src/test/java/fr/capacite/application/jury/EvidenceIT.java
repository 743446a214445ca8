package fr.capacite.application.jury;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
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
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** R6: a candidate's evidence: the DP checked on content and size, ECF results, jury notes. */
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
}
