package fr.capacite.application.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.jury.EvidenceService;
import fr.capacite.application.jury.EvidenceView;
import fr.capacite.application.jury.ExamSessionForm;
import fr.capacite.application.jury.ExamSessionService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.jury.EvidenceKind;
import fr.capacite.domain.jury.ExamKind;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.logbook.Approach;
import fr.capacite.domain.logbook.Autonomy;
import fr.capacite.domain.logbook.LogKind;
import fr.capacite.domain.logbook.LogOutcome;
import fr.capacite.domain.logbook.LogTheme;
import fr.capacite.domain.logbook.PlaceKind;
import fr.capacite.domain.logbook.PracticeEntry;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.JuryTestData;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The draft dossier professionnel against the database: a competence written from the mediator's
 * own entries that illustrate it, as it was read (a stale save is a conflict), as a PDF/A, and
 * handed in to an exam session where they are a candidate, where the centre finds it as the DP.
 */
@ExtendWith(ArquillianExtension.class)
class DossierIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  private static final LocalDate TODAY = FrenchTime.today();

  @EJB private DossierService dossiers;
  @EJB private LogbookService logbook;
  @EJB private EvidenceService evidence;
  @EJB private ExamSessionService sessions;
  @EJB private CohortTestData data;
  @EJB private JuryTestData jury;
  @EJB private RunAsMediator asMediator;
  @EJB private RunAsManager asManager;

  private static PracticeEntry.Facts facts(LogKind kind, String note) {
    boolean one = kind != LogKind.COLLECTIVE;
    return new PracticeEntry.Facts(
        TODAY.minusDays(2),
        kind,
        Set.of(LogTheme.EMAIL),
        45,
        one ? 1 : 8,
        PlaceKind.REMOTE,
        one ? Approach.WITH : null,
        one ? Autonomy.GUIDED : null,
        one ? Autonomy.AUTONOMOUS : null,
        LogOutcome.SOLVED,
        null,
        note);
  }

  /**
   * The text of a PDF (pdfbox ships with the application; veraPDF is checked in the unit tests).
   */
  private static String text(byte[] pdf) throws java.io.IOException {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }

  private static String key(Exception e) {
    return ((InvalidInputException) e).getMessageKey();
  }

  private DossierService.Section section(long competenceId) throws Exception {
    return asMediator.call(() -> dossiers.dossier()).sections().stream()
        .filter(s -> s.competence().id() == competenceId)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aCompetenceIsWrittenFromTheMediatorsOwnEntriesThatIllustrateIt() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    var choices = asMediator.call(() -> logbook.competenceChoices());
    long welcome = choices.get(0).id();
    long workshop = choices.get(1).id(); // another competence (whichever version comes first)
    long met =
        asMediator.call(
            () ->
                logbook.log(
                    facts(LogKind.INDIVIDUAL, "Première messagerie"), null, Set.of(welcome)));
    long led =
        asMediator.call(() -> logbook.log(facts(LogKind.COLLECTIVE, null), null, Set.of(workshop)));

    DossierService.Section before = section(welcome);
    assertTrue(
        before.candidates().stream().anyMatch(e -> e.id() == met),
        "the entry illustrating it is offered");
    assertFalse(
        before.candidates().stream().anyMatch(e -> e.id() == led), "the workshop is not offered");

    long version =
        asMediator.call(
            () ->
                dossiers.save(
                    welcome,
                    before.version(),
                    "J’ai accueilli une personne pour sa messagerie.",
                    Set.of(met)));
    DossierService.Section after = section(welcome);
    assertTrue(after.complete());
    assertEquals(List.of(met), after.examples().stream().map(e -> e.id()).toList());
    assertEquals(version, after.version());

    assertThrows(
        ConcurrentEditException.class,
        () -> asMediator.call(() -> dossiers.save(welcome, before.version(), "Autre", Set.of())),
        "a save of what was read before is a conflict");
    assertEquals(
        "dossier.entryNotForCompetence",
        key(
            assertThrows(
                InvalidInputException.class,
                () -> asMediator.call(() -> dossiers.save(welcome, version, "x", Set.of(led))))));
    assertThrows(
        ObjectNotFoundException.class,
        () -> asMediator.call(() -> dossiers.save(welcome, version, "x", Set.of(Long.MAX_VALUE))),
        "an entry not theirs (or none) does not exist for them");
    assertThrows(
        ObjectNotFoundException.class,
        () -> asMediator.call(() -> dossiers.save(Long.MAX_VALUE, null, "x", Set.of())),
        "a competence outside the title in force");
    assertEquals(
        "dossier.tooManyExamples",
        key(
            assertThrows(
                InvalidInputException.class,
                () ->
                    asMediator.call(
                        () ->
                            dossiers.save(
                                welcome, version, "x", Set.of(1L, 2L, 3L, 4L, 5L, 6L))))));
    assertEquals(
        "J’ai accueilli une personne pour sa messagerie.",
        section(welcome).reflection(),
        "nothing changed by the refused saves");

    byte[] pdf = asMediator.call(() -> dossiers.pdf(Locale.FRENCH));
    String text = text(pdf).replaceAll("\\s+", " ");
    assertTrue(text.contains("J’ai accueilli une personne pour sa messagerie."), text);
    assertTrue(text.contains("Première messagerie"), text);

    // The entry deleted from the logbook leaves the dossier with it.
    asMediator.run(() -> logbook.delete(met));
    assertTrue(section(welcome).examples().isEmpty());
  }

  @Test
  void theDraftHandedInIsTheCandidatesDpForTheSessionsJuryAndCentre() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    // The session first: its centre brings a title version of its own, which may come first.
    JuryTestData.Centre c = jury.centre(TODAY.plusDays(20));
    String other = ReferentialTestData.unique("dp").toLowerCase();
    long cohort = jury.cohort(c, TODAY.minusMonths(1), null, List.of("it-mediator", other));
    long session =
        asManager.call(
            () ->
                sessions.createSession(
                    c.organisationId(),
                    new ExamSessionForm(
                        "Dossiers remis",
                        c.versionId(),
                        ExamKind.CCP,
                        List.of(c.blocks().get("CCP1")),
                        c.siteId(),
                        TODAY.plusDays(20),
                        ExamModality.ON_SITE)));
    asManager.call(() -> sessions.addCohortCandidates(session, cohort));
    var candidates = asManager.call(() -> sessions.getSession(session)).candidates();
    long mine =
        candidates.stream()
            .filter(x -> x.username().equals("it-mediator"))
            .findFirst()
            .orElseThrow()
            .id();
    long theirs =
        candidates.stream().filter(x -> x.username().equals(other)).findFirst().orElseThrow().id();

    var choices = asMediator.call(() -> logbook.competenceChoices());
    long welcome = choices.get(0).id();
    long met =
        asMediator.call(() -> logbook.log(facts(LogKind.INDIVIDUAL, null), null, Set.of(welcome)));
    Long read = section(welcome).version();
    asMediator.call(() -> dossiers.save(welcome, read, "Mon analyse.", Set.of(met)));

    var open = asMediator.call(() -> evidence.myOpenCandidacies());
    var candidacy = open.stream().filter(x -> x.candidateId() == mine).findFirst().orElseThrow();
    assertFalse(candidacy.dp());
    asMediator.run(() -> dossiers.handIn(mine, Locale.FRENCH));
    assertTrue(
        asMediator.call(() -> evidence.myOpenCandidacies()).stream()
            .anyMatch(x -> x.candidateId() == mine && x.dp()));
    assertThrows(
        ObjectNotFoundException.class,
        () -> asMediator.run(() -> dossiers.handIn(theirs, Locale.FRENCH)),
        "another candidate's candidacy does not exist for them");

    EvidenceView seen = asManager.call(() -> evidence.getEvidence(mine));
    EvidenceView.Item dp =
        seen.items().stream().filter(i -> i.kind() == EvidenceKind.DP).findFirst().orElseThrow();
    assertEquals("dossier-professionnel-" + TODAY + ".pdf", dp.fileName());
    assertEquals("it-mediator", dp.recordedBy());
    byte[] file = asManager.call(() -> evidence.dp(mine));
    assertTrue(text(file).contains("Mon analyse."));
  }
}
