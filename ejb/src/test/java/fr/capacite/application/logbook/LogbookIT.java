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
import fr.capacite.testing.NativeSql;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import fr.capacite.testing.RunAsTrainer;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
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
 * A mediator's logbook against the database: entries logged, narrowed, corrected as read (a stale
 * correction is a conflict), deleted, imported from La Coop's export; another person's entry does
 * not exist for them. The draft dossier professionnel written from it: a competence from one's own
 * entries that illustrate it, as read (a stale save is a conflict), as a PDF, handed in to an exam
 * session where the centre finds it as the DP.
 */
@ExtendWith(ArquillianExtension.class)
class LogbookIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  private static final LocalDate TODAY = FrenchTime.today();

  @EJB private LogbookService logbook;
  @EJB private CohortTestData data;
  @EJB private RunAsMediator asMediator;
  @EJB private RunAsTrainer asTrainer;
  @EJB private NativeSql sql;

  private static PracticeEntry.Facts facts(LogKind kind, LogTheme theme, String code, int days) {
    return new PracticeEntry.Facts(
        TODAY.minusDays(days),
        kind,
        Set.of(theme),
        30,
        kind == LogKind.COLLECTIVE ? 6 : 1,
        PlaceKind.ACTIVITY_SITE,
        kind == LogKind.COLLECTIVE ? null : Approach.WITH,
        kind == LogKind.COLLECTIVE ? null : Autonomy.GUIDED,
        kind == LogKind.COLLECTIVE ? null : Autonomy.PARTLY,
        LogOutcome.SOLVED,
        code,
        null);
  }

  @Test
  void aMediatorLogsNarrowsCorrectsAndDeletesTheirOwnEntries() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String code = "IT-" + (System.nanoTime() % 100000);
    long site = asMediator.call(() -> logbook.addSite("Médiathèque IT", "69003"));
    long first =
        asMediator.call(
            () -> logbook.log(facts(LogKind.INDIVIDUAL, LogTheme.EMAIL, code, 3), site));
    long second =
        asMediator.call(
            () -> logbook.log(facts(LogKind.INDIVIDUAL, LogTheme.BANKING, code, 1), site));
    asMediator.call(() -> logbook.log(facts(LogKind.COLLECTIVE, LogTheme.SECURITY, null, 0), site));

    var visits =
        asMediator.call(
            () -> logbook.mine(new LogbookService.Filter(null, null, null, null, code), 0, 20));
    assertEquals(2, visits.total(), "the same person's visits, by their follow-up code");
    assertEquals(second, visits.items().get(0).id(), "newest first");
    var emails =
        asMediator.call(
            () ->
                logbook.mine(
                    new LogbookService.Filter(
                        TODAY.minusDays(3),
                        TODAY.minusDays(3),
                        LogKind.INDIVIDUAL,
                        LogTheme.EMAIL,
                        code),
                    0,
                    20));
    assertEquals(1, emails.total());
    assertEquals(first, emails.items().get(0).id());

    var read = asMediator.call(() -> logbook.get(first));
    asMediator.run(
        () ->
            logbook.update(
                first,
                read.version(),
                facts(LogKind.INDIVIDUAL, LogTheme.HEALTH, code, 2),
                read.siteId()));
    assertEquals(
        Set.of(LogTheme.HEALTH), asMediator.call(() -> logbook.get(first)).facts().themes());
    assertThrows(
        ConcurrentEditException.class,
        () ->
            asMediator.run(
                () ->
                    logbook.update(
                        first,
                        read.version(),
                        facts(LogKind.INDIVIDUAL, LogTheme.EMAIL, code, 2),
                        site)));
    assertEquals(
        "logbook.dayInFuture",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asMediator.call(
                        () ->
                            logbook.log(facts(LogKind.INDIVIDUAL, LogTheme.EMAIL, null, -1), site)))
            .getMessageKey());

    asMediator.run(() -> logbook.delete(second));
    assertThrows(ObjectNotFoundException.class, () -> asMediator.call(() -> logbook.get(second)));
    assertEquals(
        0, sql.count("SELECT COUNT(*) FROM practice_entry_theme WHERE entry_id = " + second));
  }

  @Test
  void anotherPersonsEntryDoesNotExistAndOnlyMediatorsKeepALogbook() throws Exception {
    data.ensureAccount("it-other-mediator", Role.MEDIATOR);
    sql.update(
        "INSERT INTO practice_entry (author_id, day, kind, minutes, participants, place, approach,"
            + " autonomy_before, autonomy_after, outcome, created_at, version, month_key) SELECT id,"
            + " CURRENT_DATE, 'INDIVIDUAL', 30, 1, 'HOME', 'FOR', 'GUIDED', 'GUIDED', 'SOLVED',"
            + " CURRENT_TIMESTAMP, 0, 202612"
            + " FROM app_user WHERE username = 'it-other-mediator'");
    long theirs = sql.count("SELECT MAX(id) FROM practice_entry");
    assertThrows(ObjectNotFoundException.class, () -> asMediator.call(() -> logbook.get(theirs)));
    assertThrows(ObjectNotFoundException.class, () -> asMediator.run(() -> logbook.delete(theirs)));
    assertTrue(
        asMediator.call(() -> logbook.mine(null, 0, 200)).items().stream()
            .noneMatch(e -> e.id() == theirs));
    assertThrows(EJBAccessException.class, () -> asTrainer.call(() -> logbook.mine(null, 0, 20)));
  }

  @Test
  void entriesArePlacedAtTheMediatorsSitesAndCountInTheirDepartment() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    data.ensureAccount("it-other-mediator", Role.MEDIATOR);
    long lyon = asMediator.call(() -> logbook.addSite("Espace numérique IT", " 69003 "));
    var read = asMediator.call(() -> logbook.sites());
    var mine = read.stream().filter(x -> x.id() == lyon).findFirst().orElseThrow();
    assertEquals("69", mine.department());
    assertEquals("Rhône", mine.departmentName());
    assertEquals(
        "logbook.site.postalCode",
        assertThrows(
                InvalidInputException.class,
                () -> asMediator.call(() -> logbook.addSite("Nulle part", "00000")))
            .getMessageKey());
    assertEquals(
        "logbook.site.required",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asMediator.call(
                        () ->
                            logbook.log(facts(LogKind.INDIVIDUAL, LogTheme.EMAIL, null, 0), null)))
            .getMessageKey());
    // At home, an entry has no site and counts in the department of the mediator's first site.
    PracticeEntry.Facts home = facts(LogKind.INDIVIDUAL, LogTheme.EMAIL, null, 0);
    PracticeEntry.Facts atHome =
        new PracticeEntry.Facts(
            home.day(),
            home.kind(),
            home.themes(),
            home.minutes(),
            home.participants(),
            PlaceKind.HOME,
            home.approach(),
            home.autonomyBefore(),
            home.autonomyAfter(),
            home.outcome(),
            null,
            null);
    long visit = asMediator.call(() -> logbook.log(atHome, lyon));
    assertEquals(null, asMediator.call(() -> logbook.get(visit)).siteId());
    assertTrue(
        sql.count(
                "SELECT COUNT(*) FROM practice_entry WHERE id = "
                    + visit
                    + " AND site_id IS NULL AND department IS NOT NULL")
            == 1);
    // Another mediator's site does not exist for them.
    sql.update(
        "INSERT INTO mediator_site (owner_id, name, postal_code, department, archived, created_at,"
            + " version) SELECT id, 'Ailleurs', '13001', '13', FALSE, CURRENT_TIMESTAMP, 0 FROM"
            + " app_user WHERE username = 'it-other-mediator'");
    long theirs = sql.count("SELECT MAX(id) FROM mediator_site");
    assertThrows(
        ObjectNotFoundException.class,
        () ->
            asMediator.call(
                () -> logbook.log(facts(LogKind.INDIVIDUAL, LogTheme.EMAIL, null, 0), theirs)));
    assertThrows(
        ObjectNotFoundException.class,
        () -> asMediator.run(() -> logbook.archiveSite(theirs, 0, true)));
    // A closed site is kept, listed after the open ones, and a stale change is a conflict.
    asMediator.run(() -> logbook.archiveSite(lyon, mine.version(), true));
    assertTrue(
        asMediator.call(() -> logbook.sites()).stream()
            .filter(x -> x.id() == lyon)
            .allMatch(LogbookService.SiteView::archived));
    assertThrows(
        ConcurrentEditException.class,
        () -> asMediator.run(() -> logbook.archiveSite(lyon, mine.version(), false)));
  }

  @Test
  void anEntryIllustratesTheCompetencesSuggestedOrChosen() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    long site = asMediator.call(() -> logbook.addSite("Médiathèque IT", "69003"));
    var choices = asMediator.call(() -> logbook.competenceChoices());
    // Whichever version comes first (other tests add versions in force): its first block.
    assertTrue(choices.size() >= 2, "the competences of the version in force: " + choices);
    String block = choices.get(0).block();
    var welcomedHeardLed =
        choices.stream()
            .filter(c -> c.block().equals(block) && Set.of(1, 2, 4).contains(c.order()))
            .map(LogbookService.CompetenceChoice::code)
            .toList();
    var last = choices.get(choices.size() - 1);
    var suggested =
        LogbookService.CompetenceChoice.suggested(
            choices, LogKind.INDIVIDUAL, Set.of(LogTheme.EMAIL), false);
    long id =
        asMediator.call(
            () ->
                logbook.log(
                    facts(LogKind.INDIVIDUAL, LogTheme.EMAIL, null, 0),
                    site,
                    Set.copyOf(suggested)));
    var read = asMediator.call(() -> logbook.get(id));
    assertEquals(
        welcomedHeardLed,
        read.competences().stream().map(LogbookService.CompetenceChoice::code).toList(),
        "welcomed, heard and accompanied: the first block's first, second and fourth");
    // Corrected to one competence; another's id that names none is refused.
    asMediator.run(() -> logbook.update(id, read.version(), read.facts(), site, Set.of(last.id())));
    assertEquals(
        java.util.List.of(last.code()),
        asMediator.call(() -> logbook.get(id)).competences().stream()
            .map(LogbookService.CompetenceChoice::code)
            .toList());
    assertEquals(
        "logbook.competenceUnknown",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asMediator.call(
                        () ->
                            logbook.log(
                                facts(LogKind.INDIVIDUAL, LogTheme.EMAIL, null, 0),
                                site,
                                Set.of(-1L))))
            .getMessageKey());
    asMediator.run(() -> logbook.delete(id));
  }

  @Test
  void laCoopsExportIsImportedOnceWithWhatItDoesNotRecordLeftToComplete() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String place = "Tiers-lieu " + (System.nanoTime() % 100000);
    asMediator.call(() -> logbook.addSite(place, "33000"));
    String day =
        TODAY.minusDays(4).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    String note = "Import " + System.nanoTime();
    String csv =
        "Date;Type;Nombre de participants;Canaux d’accompagnement;Lieu;Durée (min);"
            + "Thématique(s) d’accompagnement;Niveau d’autonomie (ou de l’atelier);"
            + "Bénéficiaire réorienté;Notes supplémentaires\n"
            + day
            + ";Accompagnement individuel;1;Lieu d’activité;"
            + place
            + ";45;Banque et achats en ligne;2/3;Non;"
            + note
            + "\n"
            + day
            + ";Atelier collectif;6;Lieu d’activité;"
            + place
            + ";120;Prévention en sécurité numérique;;;"
            + note
            + "\n"
            + day
            + ";Accompagnement individuel;1;Lieu d’activité;Ailleurs;30;E-mail;1/3;Non;\n";
    var report = asMediator.call(() -> logbook.importCsv(csv));
    assertEquals(2, report.imported());
    assertEquals(0, report.duplicates());
    assertEquals(1, report.problems().size());
    assertEquals("logbook.import.unknownSite", report.problems().get(0).key());
    assertEquals(4, report.problems().get(0).line());

    var again = asMediator.call(() -> logbook.importCsv(csv));
    assertEquals(0, again.imported(), "a file imported twice adds nothing");
    assertEquals(2, again.duplicates());

    var mine =
        asMediator.call(
            () ->
                logbook.mine(
                    new LogbookService.Filter(
                        TODAY.minusDays(4),
                        TODAY.minusDays(4),
                        LogKind.INDIVIDUAL,
                        LogTheme.BANKING,
                        null),
                    0,
                    20));
    var imported =
        mine.items().stream().filter(e -> note.equals(e.facts().note())).findFirst().orElseThrow();
    assertEquals(null, imported.facts().approach(), "not recorded by La Coop");
    assertEquals(null, imported.facts().autonomyBefore());
    assertEquals(Autonomy.PARTLY, imported.facts().autonomyAfter());
    assertEquals(LogOutcome.NOT_RECORDED, imported.facts().outcome());
    assertEquals(place, imported.siteName());
    // A correction asks for what the import could not know.
    var f = imported.facts();
    var incomplete =
        new PracticeEntry.Facts(
            f.day(),
            f.kind(),
            f.themes(),
            f.minutes(),
            f.participants(),
            f.place(),
            null,
            null,
            f.autonomyAfter(),
            LogOutcome.SOLVED,
            null,
            f.note());
    assertEquals(
        "logbook.individualFacts",
        ((InvalidInputException)
                assertThrows(
                    InvalidInputException.class,
                    () ->
                        asMediator.run(
                            () ->
                                logbook.update(
                                    imported.id(),
                                    imported.version(),
                                    incomplete,
                                    imported.siteId()))))
            .getMessageKey());
    assertEquals(
        "logbook.import.notALogbook",
        ((InvalidInputException)
                assertThrows(
                    InvalidInputException.class,
                    () -> asMediator.call(() -> logbook.importCsv("email;nom\na@b.fr;A\n"))))
            .getMessageKey());
  }

  // The draft dossier professionnel (DossierService), on the same deployment.

  @EJB private DossierService dossiers;
  @EJB private EvidenceService evidence;
  @EJB private ExamSessionService sessions;
  @EJB private JuryTestData jury;
  @EJB private RunAsManager asManager;

  private static String key(Exception e) {
    return ((InvalidInputException) e).getMessageKey();
  }

  private static PracticeEntry.Facts dossierFacts(LogKind kind, String note) {
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

  /** The section of a competence, in whichever of the caller's titles holds it. */
  private DossierService.Section section(long competenceId) throws Exception {
    return dossierWith(competenceId).sections().stream()
        .filter(s -> s.competence().id() == competenceId)
        .findFirst()
        .orElseThrow();
  }

  private DossierService.Dossier dossierWith(long competenceId) throws Exception {
    return asMediator.call(
        () -> {
          for (DossierService.Title t : dossiers.titles()) {
            DossierService.Dossier d = dossiers.dossier(t.versionId());
            if (d.sections().stream().anyMatch(s -> s.competence().id() == competenceId)) {
              return d;
            }
          }
          throw new AssertionError("no title of the caller holds competence " + competenceId);
        });
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
                    dossierFacts(LogKind.INDIVIDUAL, "Première messagerie"),
                    null,
                    Set.of(welcome)));
    long led =
        asMediator.call(
            () -> logbook.log(dossierFacts(LogKind.COLLECTIVE, null), null, Set.of(workshop)));

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

    Long title = dossierWith(welcome).versionId();
    byte[] pdf = asMediator.call(() -> dossiers.pdf(title, Locale.FRENCH));
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
    JuryTestData.Centre c = jury.centre(TODAY);
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
                        TODAY,
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

    // The session's title is among the candidate's, whichever title is in force; the draft
    // handed in is the one written for it.
    assertTrue(
        asMediator.call(() -> dossiers.titles()).stream()
            .anyMatch(t -> t.versionId() == c.versionId()));
    assertThrows(
        ObjectNotFoundException.class,
        () -> asMediator.call(() -> dossiers.dossier(Long.MAX_VALUE)),
        "a title that is not the caller's");
    long welcome =
        asMediator.call(() -> dossiers.dossier(c.versionId())).sections().get(0).competence().id();
    long met =
        asMediator.call(
            () -> logbook.log(dossierFacts(LogKind.INDIVIDUAL, null), null, Set.of(welcome)));
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

  @Test
  void theCompetencesInForceAreKeptUntilTheReferentialChanges() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    var first = asMediator.call(() -> logbook.competenceChoices()).get(0);
    assertEquals(first, asMediator.call(() -> logbook.competenceChoices()).get(0), "kept");
    // A change of the referential moves the competence's @Version: the next reader sees it.
    sql.update(
        "UPDATE competence SET title = 'Renamed for the test', version = version + 1 WHERE id = "
            + first.id());
    try {
      assertEquals(
          "Renamed for the test",
          asMediator.call(() -> logbook.competenceChoices()).get(0).title());
    } finally {
      sql.update(
          "UPDATE competence SET title = '"
              + first.title().replace("'", "''")
              + "', version = version + 1 WHERE id = "
              + first.id());
    }
    assertEquals(first.title(), asMediator.call(() -> logbook.competenceChoices()).get(0).title());
  }
}
