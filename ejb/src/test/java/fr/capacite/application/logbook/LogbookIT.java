package fr.capacite.application.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
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
import fr.capacite.testing.NativeSql;
import fr.capacite.testing.RunAsMediator;
import fr.capacite.testing.RunAsTrainer;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mediator's logbook against the database: entries logged, narrowed, corrected as read (a stale
 * correction is a conflict), deleted; another person's entry does not exist for them.
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
    long first =
        asMediator.call(() -> logbook.log(facts(LogKind.INDIVIDUAL, LogTheme.EMAIL, code, 3)));
    long second =
        asMediator.call(() -> logbook.log(facts(LogKind.INDIVIDUAL, LogTheme.BANKING, code, 1)));
    asMediator.call(() -> logbook.log(facts(LogKind.COLLECTIVE, LogTheme.SECURITY, null, 0)));

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
                first, read.version(), facts(LogKind.INDIVIDUAL, LogTheme.HEALTH, code, 2)));
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
                        facts(LogKind.INDIVIDUAL, LogTheme.EMAIL, code, 2))));
    assertEquals(
        "logbook.dayInFuture",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asMediator.call(
                        () -> logbook.log(facts(LogKind.INDIVIDUAL, LogTheme.EMAIL, null, -1))))
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
            + " autonomy_before, autonomy_after, outcome, created_at, version) SELECT id, CURRENT_DATE,"
            + " 'INDIVIDUAL', 30, 1, 'HOME', 'FOR', 'GUIDED', 'GUIDED', 'SOLVED', CURRENT_TIMESTAMP, 0"
            + " FROM app_user WHERE username = 'it-other-mediator'");
    long theirs = sql.count("SELECT MAX(id) FROM practice_entry");
    assertThrows(ObjectNotFoundException.class, () -> asMediator.call(() -> logbook.get(theirs)));
    assertThrows(ObjectNotFoundException.class, () -> asMediator.run(() -> logbook.delete(theirs)));
    assertTrue(
        asMediator.call(() -> logbook.mine(null, 0, 200)).items().stream()
            .noneMatch(e -> e.id() == theirs));
    assertThrows(EJBAccessException.class, () -> asTrainer.call(() -> logbook.mine(null, 0, 20)));
  }
}
