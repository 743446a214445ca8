package fr.capacite.application.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.identity.Role;
import fr.capacite.domain.logbook.LogKind;
import fr.capacite.domain.logbook.LogTheme;
import fr.capacite.domain.logbook.PracticeEntry;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.NativeSql;
import fr.capacite.testing.PathTestData;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The logbooks' figures against the database, in Haute-Corse (2B), where no other test logs: what
 * people asked for with its trend, autonomy that rose, with rather than for, repeat visits that
 * needed less help; nothing below five entries; a region counts its departments.
 */
@ExtendWith(ArquillianExtension.class)
class LogbookFiguresIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  private static final LocalDate TODAY = FrenchTime.today();

  @EJB private LogbookFigures figures;
  @EJB private ObservatoryFigures observatory;
  @EJB private LogbookRollup rollup;
  @EJB private CohortTestData data;
  @EJB private NativeSql sql;

  /** One entry in 2B, straight into the tables (the figures read what is stored). */
  private void entry(
      LocalDate day,
      String kind,
      int participants,
      String approach,
      String before,
      String after,
      Integer rank,
      Boolean lessHelp,
      String theme) {
    sql.update(
        "INSERT INTO practice_entry (author_id, day, kind, minutes, participants, place, approach,"
            + " autonomy_before, autonomy_after, outcome, created_at, version, month_key,"
            + " department, visit_rank, less_help) SELECT id, CAST('"
            + day
            + "' AS DATE), '"
            + kind
            + "', 30, "
            + participants
            + ", 'ACTIVITY_SITE', "
            + quoted(approach)
            + ", "
            + quoted(before)
            + ", "
            + quoted(after)
            + ", 'SOLVED', CURRENT_TIMESTAMP, 0, "
            + PracticeEntry.monthKey(day)
            + ", '2B', "
            + (rank == null ? "CAST(NULL AS INTEGER)" : rank)
            + ", "
            + (lessHelp == null
                ? "CAST(NULL AS BOOLEAN)"
                : lessHelp.toString().toUpperCase(java.util.Locale.ROOT))
            + " FROM app_user WHERE username = 'it-mediator'");
    sql.update(
        "INSERT INTO practice_entry_theme (entry_id, theme) SELECT MAX(id), '"
            + theme
            + "' FROM practice_entry");
    // As the service does: the month and department are noted for the figures to rebuild.
    sql.update(
        "INSERT INTO practice_rollup_dirty (month_key, department) VALUES ("
            + PracticeEntry.monthKey(day)
            + ", '2B')");
  }

  private static String quoted(String s) {
    // Derby wants a typed NULL in a SELECT list.
    return s == null ? "CAST(NULL AS VARCHAR(12))" : "'" + s + "'";
  }

  @Test
  void aTerritorysFiguresCountWhatPeopleAskedAndTheImpactNeverBelowFive() {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    sql.update(
        "DELETE FROM practice_entry_theme WHERE entry_id IN (SELECT id FROM practice_entry WHERE"
            + " department IN ('2A', '2B'))");
    sql.update("DELETE FROM practice_entry WHERE department IN ('2A', '2B')");
    for (String table :
        new String[] {"practice_rollup", "practice_rollup_theme", "practice_rollup_author"}) {
      sql.update("DELETE FROM " + table + " WHERE department IN ('2A', '2B')");
    }
    // This month: six individual accompaniments about e-mail, three workshops on security.
    Object[][] individual = {
      {"WITH", "GUIDED", "PARTLY", 2, true},
      {"WITH", "GUIDED", "PARTLY", 3, true},
      {"WITH", "GUIDED", "PARTLY", 2, false},
      {"WITH", "GUIDED", "GUIDED", 4, true},
      {"FOR", "GUIDED", "GUIDED", 2, true},
      {"FOR", "PARTLY", "PARTLY", 1, null},
    };
    for (Object[] i : individual) {
      entry(
          TODAY,
          "INDIVIDUAL",
          1,
          (String) i[0],
          (String) i[1],
          (String) i[2],
          (Integer) i[3],
          (Boolean) i[4],
          "EMAIL");
    }
    // Two imported from La Coop: neither "with or for" nor the autonomy before recorded; they
    // count as accompaniments, never in the impact's shares.
    for (int i = 0; i < 2; i++) {
      entry(TODAY, "INDIVIDUAL", 1, null, null, "AUTONOMOUS", null, null, "EMAIL");
    }
    for (int i = 0; i < 3; i++) {
      entry(TODAY, "COLLECTIVE", 8, null, null, null, null, null, "SECURITY");
    }
    // Three months before: five accompaniments about e-mail, the trend's base.
    LocalDate earlier = YearMonth.from(TODAY).minusMonths(3).atDay(10);
    for (int i = 0; i < 5; i++) {
      entry(earlier, "INDIVIDUAL", 1, "FOR", "GUIDED", "GUIDED", null, null, "EMAIL");
    }

    assertTrue(rollup.refresh() >= 2, "this month's and the earlier one's figures rebuilt");
    assertEquals(0, rollup.refresh(), "nothing left to rebuild");
    var f = figures.figures(LogbookFigures.Scope.of(null, "2B"), 3, TODAY);
    assertEquals("94", f.scope().region(), "Haute-Corse is in Corse");
    assertEquals(11L, f.entries().value());
    assertEquals(32L, f.people().value(), "eight people and three workshops of eight");
    assertNull(f.mediators().value(), "one mediator: below five, not given");
    assertEquals(8L, f.kinds().get(LogKind.INDIVIDUAL).value());
    assertFalse(f.kinds().get(LogKind.COLLECTIVE).shown(), "three workshops: not given");
    var first = f.demand().get(0);
    assertEquals(LogTheme.EMAIL, first.theme());
    assertEquals(8L, first.entries().value());
    assertEquals(60, first.trendPercent(), "8 against 5 in the three months before");
    var security =
        f.demand().stream().filter(d -> d.theme() == LogTheme.SECURITY).findFirst().orElseThrow();
    assertFalse(security.entries().shown());
    assertNull(security.trendPercent());
    assertEquals(50, f.autonomyRose().percent(), "3 of 6 rose (the imported ones left out)");
    assertEquals(67, f.withPerson().percent(), "4 of 6 done with the person");
    assertEquals(80, f.lessHelp().percent(), "4 of 5 repeat visits needed less help");
    assertEquals(3, f.months().size());
    var thisMonth = f.months().get(2);
    assertEquals(YearMonth.from(TODAY), thisMonth.month());
    assertEquals(67, thisMonth.withPerson().percent());
    assertFalse(f.months().get(0).withPerson().shown(), "no accompaniment that month");

    // Over twelve months the five earlier ones count too, and there is no trend yet.
    var year = figures.figures(LogbookFigures.Scope.of(null, "2B"), 12, TODAY);
    assertEquals(16L, year.entries().value());
    assertNull(year.demand().get(0).trendPercent());
    assertEquals(12, year.months().size());

    // The region counts its departments; another department has nothing to show.
    assertEquals(
        11L, figures.figures(LogbookFigures.Scope.of("94", null), 3, TODAY).entries().value());
    var empty = figures.figures(LogbookFigures.Scope.of(null, "2A"), 3, TODAY);
    assertFalse(empty.shown());
    assertTrue(empty.demand().isEmpty());
    assertEquals(
        LogbookFigures.Scope.national(), LogbookFigures.Scope.of("zz", "99x"), "unknown: national");

    // The observatory keeps a question's figures: asked again, the same computation answers.
    var kept = observatory.figures(LogbookFigures.Scope.of(null, "2B"), 3, TODAY);
    assertEquals(11L, kept.figures().entries().value());
    entry(TODAY, "INDIVIDUAL", 1, "WITH", "GUIDED", "PARTLY", null, null, "EMAIL");
    var again = observatory.figures(LogbookFigures.Scope.of(null, "2B"), 3, TODAY);
    assertEquals(kept.computedAt(), again.computedAt());
    assertEquals(11L, again.figures().entries().value(), "figures of a few minutes ago");
    rollup.refresh();
    assertEquals(
        12L,
        figures.figures(LogbookFigures.Scope.of(null, "2B"), 3, TODAY).entries().value(),
        "the new entry counted once its month is rebuilt");
    assertEquals(
        12,
        observatory
            .figures(LogbookFigures.Scope.of(null, "2B"), 7, TODAY)
            .figures()
            .months()
            .size(),
        "a period not offered is a year");
  }

  @EJB private DemandGaps gaps;
  @EJB private PathTestData path;

  @Test
  void aDemandIsAnsweredByTheModulesThatSpeakOfIt() {
    String code = path.thematicModule("Accompagner vers l’aide juridictionnelle et la justice");
    var found =
        gaps.gapsFor(List.of(LogTheme.JUSTICE, LogTheme.LEISURE), Map.of(LogTheme.JUSTICE, 12L));
    DemandGaps.Gap justice = found.get(0);
    assertEquals(LogTheme.JUSTICE, justice.theme());
    assertEquals(12L, justice.entries());
    assertTrue(
        justice.modules().stream().anyMatch(m -> m.key().equals(code)),
        "the module speaks of justice: " + justice.modules());
    assertTrue(justice.resources().size() <= DemandGaps.NAMED);
    assertTrue(justice.labelledResources() >= justice.resources().size());
    DemandGaps.Gap leisure = found.get(1);
    assertTrue(leisure.modules().isEmpty(), "no module speaks of leisure");
    assertTrue(leisure.gap());

    var national = gaps.national();
    assertTrue(national.gaps().size() <= DemandGaps.TOP);
    assertTrue(national.gaps().stream().allMatch(g -> g.entries() != null && g.entries() >= 5));
    assertFalse(national.computedAt() == null);
  }

  @EJB private PracticeSharingService sharing;
  @EJB private fr.capacite.testing.OrganisationTestData organisations;
  @EJB private fr.capacite.testing.RunAsManager asManager;
  @EJB private fr.capacite.testing.RunAsMediator asMediator;

  /** When the entries written below say they were logged: only they are forgotten after. */
  private static final String MARK = "CAST('2000-01-01 00:00:00' AS TIMESTAMP)";

  /** One individual accompaniment of a mediator, straight into the tables (no department). */
  private void logged(String author, LocalDate day, String approach, String after) {
    sql.update(
        "INSERT INTO practice_entry (author_id, day, kind, minutes, participants, place, approach,"
            + " autonomy_before, autonomy_after, outcome, created_at, version, month_key) SELECT"
            + " id, CAST('"
            + day
            + "' AS DATE), 'INDIVIDUAL', 30, 1, 'REMOTE', '"
            + approach
            + "', 'GUIDED', '"
            + after
            + "', 'SOLVED', "
            + MARK
            + ", 0, "
            + PracticeEntry.monthKey(day)
            + " FROM app_user WHERE username = '"
            + author
            + "'");
    sql.update(
        "INSERT INTO practice_entry_theme (entry_id, theme) SELECT MAX(id), 'EMAIL' FROM"
            + " practice_entry");
  }

  private void forget(String author) {
    String mine =
        "(SELECT id FROM app_user WHERE username = '" + author + "') AND created_at = " + MARK;
    sql.update(
        "DELETE FROM practice_entry_theme WHERE entry_id IN (SELECT id FROM practice_entry WHERE"
            + " author_id = "
            + mine
            + ")");
    sql.update("DELETE FROM practice_entry WHERE author_id = " + mine);
  }

  private static <T extends Throwable> T refused(
      Class<T> type, org.junit.jupiter.api.function.Executable work) {
    return org.junit.jupiter.api.Assertions.assertThrows(type, work);
  }

  @Test
  void aStructureSeesTheMediatorsWhoConsentFromTheDayTheyDidInAggregateOnly() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    data.ensureAccount("it-sharer", Role.MEDIATOR);
    long structure = organisations.organisation("Structure IT " + System.nanoTime(), "it-manager");
    long other = organisations.organisation("Autre structure IT " + System.nanoTime());

    // The manager invites by e-mail (any case); a duplicate, a stranger, a non-mediator are
    // refused.
    asManager.run(() -> sharing.invite(structure, "IT-Mediator@example.org"));
    assertEquals(
        "logbook.sharing.pending",
        refused(
                fr.capacite.application.shared.InvalidInputException.class,
                () -> asManager.run(() -> sharing.invite(structure, "it-mediator")))
            .getMessageKey());
    for (String who : new String[] {"nobody@example.org", "it-manager", " "}) {
      refused(
          fr.capacite.application.shared.InvalidInputException.class,
          () -> asManager.run(() -> sharing.invite(structure, who)));
    }
    refused(
        fr.capacite.application.shared.ObjectNotFoundException.class,
        () -> asManager.run(() -> sharing.invite(other, "it-mediator")));

    // The mediator sees the invitation and consents; a stale or second answer is refused.
    PracticeSharingService.Mine invitation =
        asMediator.call(
            () ->
                sharing.mine().stream()
                    .filter(
                        m ->
                            m.status() == fr.capacite.domain.logbook.PracticeSharing.Status.INVITED)
                    .filter(m -> m.structure().startsWith("Structure IT "))
                    .reduce((a, b) -> b)
                    .orElseThrow());
    assertTrue(asMediator.call(() -> sharing.waiting()) >= 1);
    refused(
        fr.capacite.application.shared.ConcurrentEditException.class,
        () ->
            asMediator.run(() -> sharing.answer(invitation.id(), invitation.version() + 1, true)));
    asMediator.run(() -> sharing.answer(invitation.id(), invitation.version(), true));
    // Answered already (the version is the current one): a conflict, not a second answer.
    refused(
        fr.capacite.application.shared.StateConflictException.class,
        () ->
            asMediator.run(() -> sharing.answer(invitation.id(), invitation.version() + 1, true)));
    var members = asManager.call(() -> sharing.members(structure, 0, 20));
    assertEquals(1, members.total());
    assertEquals(TODAY, members.items().get(0).since(), "the entries count from today");
    refused(
        fr.capacite.application.shared.ObjectNotFoundException.class,
        () -> asManager.call(() -> sharing.members(other, 0, 20)));

    // The mediator withdraws: nothing of theirs counts any more.
    PracticeSharingService.Mine shared =
        asMediator.call(
            () ->
                sharing.mine().stream()
                    .filter(m -> m.id() == invitation.id())
                    .findFirst()
                    .orElseThrow());
    asMediator.run(() -> sharing.withdraw(shared.id(), shared.version()));
    assertEquals(0, asManager.call(() -> sharing.members(structure, 0, 20)).total());

    // Another mediator has shared for ten days: six accompaniments since count, four before not.
    forget("it-sharer");
    sql.update(
        "INSERT INTO practice_sharing (organisation_id, mediator_id, status, invited_at,"
            + " answered_at, since_day, version) SELECT "
            + structure
            + ", id, 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CAST('"
            + TODAY.minusDays(10)
            + "' AS DATE), 0 FROM app_user WHERE username = 'it-sharer'");
    for (int i = 0; i < 6; i++) {
      logged("it-sharer", TODAY, "WITH", "PARTLY");
    }
    for (int i = 0; i < 4; i++) {
      logged("it-sharer", TODAY.minusDays(11), "FOR", "GUIDED");
    }
    // The mediator who withdrew logs too: never counted.
    for (int i = 0; i < 3; i++) {
      logged("it-mediator", TODAY, "FOR", "GUIDED");
    }
    PracticeSharingService.Report r = asManager.call(() -> sharing.figures(structure, 3, TODAY));
    assertTrue(r.organisation().startsWith("Structure IT "));
    assertEquals(
        r.computedAt(),
        asManager.call(() -> sharing.figures(structure, 3, TODAY)).computedAt(),
        "kept for the next reader");
    assertNull(r.figures().scope(), "a structure, not a territory");
    assertEquals(6L, r.figures().entries().value());
    assertEquals(100, r.figures().withPerson().percent(), "the four done for the person before");
    assertEquals(100, r.figures().autonomyRose().percent());
    assertEquals(LogTheme.EMAIL, r.figures().demand().get(0).theme());
    assertFalse(r.figures().mediators().shown(), "one mediator: a count below five is withheld");
    assertEquals(3, r.figures().months().size());
    refused(
        fr.capacite.application.shared.ObjectNotFoundException.class,
        () -> asManager.call(() -> sharing.figures(other, 3, TODAY)));
    String csv = ObservatoryCsv.write(r);
    assertTrue(csv.contains(",structure,"), csv);
    assertTrue(csv.contains("part_fait_avec_pct,,100,"), csv);

    // The structure ends it: the figures fall below the threshold at once.
    var sharer = asManager.call(() -> sharing.members(structure, 0, 20)).items().get(0);
    asManager.run(() -> sharing.endForStructure(structure, sharer.id(), sharer.version()));
    assertFalse(asManager.call(() -> sharing.figures(structure, 3, TODAY)).figures().shown());
    forget("it-sharer");
    forget("it-mediator");
  }
}
