package fr.capacite.application.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.Modality;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.OrganisationTestData;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsManager;
import jakarta.ejb.EJB;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Schedules on a real database: every clash rule, series created whole or not at all, iCalendar.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private ScheduleService schedule;
  @EJB private CohortService cohorts;
  @EJB private CohortTestData data;
  @EJB private OrganisationTestData organisations;
  @EJB private RunAsManager asManager;
  @EJB private fr.capacite.testing.RunAsAdmin asAdmin;
  @EJB private fr.capacite.application.organisation.OrganisationService organisationService;

  private static final LocalDate MONDAY = LocalDate.of(2026, 2, 2);

  private long cohort() {
    organisations.organisation("Planning " + ReferentialTestData.unique("P"), "it-manager");
    return data.cohort(10, "CCP1");
  }

  private static SessionForm session(LocalDate day, String start, String end, String room) {
    return new SessionForm(
        day,
        LocalTime.parse(start),
        LocalTime.parse(end),
        null,
        room,
        null,
        "Accueillir les publics",
        Modality.ON_SITE);
  }

  private List<Long> add(long cohortId, SessionForm form, LocalDate until, Set<DayOfWeek> days)
      throws Exception {
    return asManager.call(() -> schedule.addSessions(cohortId, form, until, days));
  }

  @Test
  void aWeeklySeriesIsCreatedAndExportedAsACalendar() throws Exception {
    long c = cohort();
    List<Long> ids =
        add(
            c,
            session(MONDAY, "09:00", "12:00", null),
            MONDAY.plusWeeks(3),
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
    assertEquals(7, ids.size()); // Mon 2, Thu 5, Mon 9, Thu 12, Mon 16, Thu 19, Mon 23 February
    assertEquals(7, asManager.call(() -> schedule.listSessions(c)).size());
    String ics = asManager.call(() -> schedule.cohortCalendar(c));
    assertEquals(7, ics.lines().filter(l -> l.equals("BEGIN:VEVENT")).count());
  }

  @Test
  void aSessionOutsideTheCohortIsRefused() throws Exception {
    long c = cohort();
    var e =
        assertThrows(
            InvalidInputException.class,
            () -> add(c, session(LocalDate.of(2025, 12, 1), "09:00", "12:00", null), null, null));
    assertEquals("schedule.clash.outsideCohort", e.getMessageKey());
    assertEquals(
        "schedule.badTimes",
        assertThrows(
                InvalidInputException.class,
                () -> add(c, session(MONDAY, "12:00", "09:00", null), null, null))
            .getMessageKey());
  }

  @Test
  void learnersInTwoCohortsCannotBeInTwoPlacesAtOnceAndASeriesIsAllOrNothing() throws Exception {
    long first = cohort();
    long second = data.cohort(10, "CCP1");
    String learner = data.learners(ReferentialTestData.unique("both"), 1).get(0);
    asManager.call(() -> cohorts.enrol(first, learner, 105, null, null));
    asManager.call(() -> cohorts.enrol(second, learner, 105, null, null));
    add(first, session(MONDAY.plusWeeks(2), "14:00", "17:00", null), null, null);
    // The series' third week clashes with the first cohort: nothing of the series is kept.
    var e =
        assertThrows(
            InvalidInputException.class,
            () -> add(second, session(MONDAY, "15:00", "16:00", null), MONDAY.plusWeeks(3), null));
    assertEquals("schedule.clash.learner", e.getMessageKey());
    assertEquals(0, asManager.call(() -> schedule.listSessions(second)).size());
    add(second, session(MONDAY.plusWeeks(2), "17:00", "18:00", null), null, null);
  }

  @Test
  void aRoomOrATrainerIsNotBookedTwiceAndMovesFollowTheSameRules() throws Exception {
    long c = cohort();
    long organisationId = asManager.call(() -> cohorts.getCohort(c)).organisationId();
    organisations.organisation("Formatrice " + ReferentialTestData.unique("F"), "it-trainer");
    asAdmin.run(() -> organisationService.addMember(organisationId, "it-trainer"));
    long trainer = asManager.call(() -> cohorts.listTrainers(organisationId)).get(0).getId();
    // The calendar's trainer filter offers the same people as the cohort's trainer choice.
    assertEquals(
        asManager.call(() -> cohorts.listTrainers(organisationId)).stream()
            .map(fr.capacite.domain.identity.User::getId)
            .toList(),
        asManager.call(() -> schedule.calendarChoices(organisationId, null)).trainers().stream()
            .map(ScheduleService.Option::id)
            .toList());
    var atelier =
        new fr.capacite.application.organisation.SiteForm(
            "Atelier", "1 rue A", "75001", "Paris", true, false, null, null);
    long site =
        asManager.call(() -> organisationService.saveSite(organisationId, null, 0, atelier));

    add(
        c,
        new SessionForm(
            MONDAY,
            LocalTime.parse("09:00"),
            LocalTime.parse("12:00"),
            site,
            "Salle 1",
            null,
            "Module",
            Modality.ON_SITE),
        null,
        null);
    var sameRoom =
        new SessionForm(
            MONDAY,
            LocalTime.parse("11:00"),
            LocalTime.parse("13:00"),
            site,
            "Salle 1",
            null,
            "Autre",
            Modality.ON_SITE);
    assertEquals(
        "schedule.clash.room",
        assertThrows(InvalidInputException.class, () -> add(c, sameRoom, null, null))
            .getMessageKey());

    add(
        c,
        new SessionForm(
            MONDAY,
            LocalTime.parse("14:00"),
            LocalTime.parse("16:00"),
            null,
            null,
            trainer,
            "Avec formatrice",
            Modality.REMOTE),
        null,
        null);
    var sameTrainer =
        new SessionForm(
            MONDAY,
            LocalTime.parse("15:00"),
            LocalTime.parse("17:00"),
            site,
            "Salle 2",
            trainer,
            "Doublon",
            Modality.ON_SITE);
    assertEquals(
        "schedule.clash.trainer",
        assertThrows(InvalidInputException.class, () -> add(c, sameTrainer, null, null))
            .getMessageKey());

    long later =
        add(
                c,
                new SessionForm(
                    MONDAY,
                    LocalTime.parse("12:00"),
                    LocalTime.parse("13:00"),
                    site,
                    "Salle 1",
                    null,
                    "Juste après",
                    Modality.ON_SITE),
                null,
                null)
            .get(0);
    var view =
        asManager.call(() -> schedule.listSessions(c)).stream()
            .filter(x -> x.id() == later)
            .findFirst()
            .orElseThrow();
    assertThrows(
        InvalidInputException.class,
        () ->
            asManager.call(
                () -> {
                  schedule.moveSession(
                      c,
                      later,
                      view.entityVersion(),
                      MONDAY,
                      LocalTime.parse("11:30"),
                      LocalTime.parse("12:30"));
                  return null;
                }));
    assertTrue(
        asManager.call(() -> schedule.listSessions(c)).stream()
            .anyMatch(x -> x.id() == later && x.start().equals(LocalTime.parse("12:00"))));
  }

  @Test
  void anotherOrganisationsCohortHasNoScheduleForAManager() throws Exception {
    cohort();
    long theirs = data.cohortWithoutManager(5, "CCP1");
    assertThrows(
        ObjectNotFoundException.class, () -> asManager.call(() -> schedule.listSessions(theirs)));
    assertThrows(
        ObjectNotFoundException.class,
        () -> add(theirs, session(MONDAY, "09:00", "10:00", null), null, null));
  }

  @Test
  void theOrganisationCalendarShowsItsSessionsByCohortAndRefusesAnotherOrganisation()
      throws Exception {
    long first = cohort();
    long elsewhere = data.cohort(10, "CCP1"); // another organisation's cohort
    add(first, session(MONDAY, "09:00", "12:00", null), null, null);
    add(first, session(MONDAY.plusDays(1), "09:00", "12:00", null), null, null);
    add(elsewhere, session(MONDAY, "14:00", "17:00", null), null, null);
    long org = asManager.call(() -> cohorts.getCohort(first)).organisationId();
    List<SessionView> all =
        asManager.call(
            () -> schedule.organisationSessions(org, MONDAY, MONDAY.plusDays(6), null, null, null));
    assertEquals(2, all.size());
    assertEquals(first, all.get(0).cohortId());
    assertEquals(
        2,
        asManager
            .call(
                () ->
                    schedule.organisationSessions(
                        org, MONDAY, MONDAY.plusDays(6), first, null, null))
            .size());
    assertEquals(
        0,
        asManager
            .call(
                () ->
                    schedule.organisationSessions(
                        org, MONDAY, MONDAY.plusDays(6), elsewhere, null, null))
            .size(),
        "another organisation's cohort matches nothing");
    assertEquals(
        0,
        asManager
            .call(
                () ->
                    schedule.organisationSessions(org, MONDAY, MONDAY.plusDays(6), null, -1L, null))
            .size(),
        "a trainer of nobody has no session");
    assertEquals(
        "schedule.badRange",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.call(
                        () ->
                            schedule.organisationSessions(
                                org, MONDAY, MONDAY.plusYears(1), null, null, null)))
            .getMessageKey());
    // The page's filters: this organisation's cohorts only, and where the cohort asked opens.
    var choices = asManager.call(() -> schedule.calendarChoices(org, first));
    assertEquals(
        asManager.call(() -> cohorts.getCohort(first)).form().start(), choices.cohortStart());
    assertTrue(choices.cohorts().stream().anyMatch(o -> o.id() == first));
    assertTrue(choices.cohorts().stream().noneMatch(o -> o.id() == elsewhere));
    assertEquals(
        asManager.call(() -> organisationService.getOrganisation(org)).form().name(),
        choices.organisation());
    assertNull(asManager.call(() -> schedule.calendarChoices(org, null)).cohortStart());
    assertThrows(
        fr.capacite.application.shared.ObjectNotFoundException.class,
        () -> asManager.call(() -> schedule.calendarChoices(org, elsewhere)),
        "another organisation's cohort is not offered");
    long foreign = data.cohortWithoutManager(5, "CCP1");
    long foreignOrg = asAdmin.call(() -> cohorts.getCohort(foreign)).organisationId();
    assertThrows(
        fr.capacite.application.shared.ObjectNotFoundException.class,
        () -> asManager.call(() -> schedule.calendarChoices(foreignOrg, null)));
    assertThrows(
        fr.capacite.application.shared.ObjectNotFoundException.class,
        () ->
            asManager.call(
                () ->
                    schedule.organisationSessions(
                        foreignOrg, MONDAY, MONDAY.plusDays(6), null, null, null)));
  }
}
