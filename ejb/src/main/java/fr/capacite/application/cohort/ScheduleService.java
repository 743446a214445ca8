package fr.capacite.application.cohort;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.TrainingSession;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.organisation.TrainingOrganisation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A cohort's schedule. Every new or moved session is refused, naming the clash, when its trainer or
 * its room is already booked at that time, when one of its learners has another session then, or
 * when it falls outside the cohort's dates. A weekly series is created whole or not at all.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
public class ScheduleService {

  @PersistenceContext private EntityManager em;
  @EJB private OrganisationAccess access;

  public List<SessionView> listSessions(long cohortId) {
    Cohort c = cohort(cohortId, false);
    return em
        .createNamedQuery("TrainingSession.findByCohort", TrainingSession.class)
        .setParameter("cohort", c)
        .setParameter("from", c.getStartDate())
        .setParameter("to", c.getEndDate())
        .getResultList()
        .stream()
        .map(ScheduleService::view)
        .toList();
  }

  /** The caller's own sessions as a trainer, between two days. */
  public List<SessionView> mySessions(LocalDate from, LocalDate to) {
    return em
        .createNamedQuery("TrainingSession.findByTrainer", TrainingSession.class)
        .setParameter("username", access.caller())
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(ScheduleService::view)
        .toList();
  }

  /**
   * The caller's day as a trainer: the sessions they lead, and those without a named trainer of the
   * cohorts they train.
   */
  public List<SessionView> myDay(LocalDate day) {
    return em
        .createQuery(
            "SELECT s FROM TrainingSession s JOIN FETCH s.cohort c LEFT JOIN FETCH s.site LEFT JOIN"
                + " s.trainer tr WHERE s.day = :day AND (tr.username = :u OR (tr IS NULL AND"
                + " EXISTS (SELECT t FROM Cohort k JOIN k.trainers t WHERE k = c AND t.username ="
                + " :u))) ORDER BY s.startTime",
            TrainingSession.class)
        .setParameter("day", day)
        .setParameter("u", access.caller())
        .getResultList()
        .stream()
        .map(ScheduleService::view)
        .toList();
  }

  /** One choice of the calendar's filters: an identity and what the page shows for it. */
  public record Option(long id, String label) implements java.io.Serializable {}

  /**
   * What the calendar page offers around its sessions: the organisation's name, its sites, cohorts
   * (latest first) and trainers, and the start of the cohort asked (where the calendar opens).
   * Values only, in five queries: the page needs no enrolment, count nor member list.
   */
  public record CalendarChoices(
      String organisation,
      List<Option> sites,
      List<Option> cohorts,
      List<Option> trainers,
      LocalDate cohortStart)
      implements java.io.Serializable {}

  public CalendarChoices calendarChoices(long organisationId, Long cohortId) {
    TrainingOrganisation o = access.visible(organisationId);
    List<Option> sites =
        em
            .createNamedQuery("Site.findByOrganisation", Site.class)
            .setParameter("organisation", o)
            .getResultList()
            .stream()
            .map(x -> new Option(x.getId(), x.getName()))
            .toList();
    List<Option> cohorts = new ArrayList<>();
    LocalDate start = null;
    for (Object[] row :
        em.createQuery(
                "SELECT c.id, c.title, c.startDate FROM Cohort c WHERE c.organisation = :o"
                    + " ORDER BY c.startDate DESC",
                Object[].class)
            .setParameter("o", o)
            .getResultList()) {
      cohorts.add(new Option((Long) row[0], (String) row[1]));
      if (cohortId != null && cohortId.equals(row[0])) {
        start = (LocalDate) row[2];
      }
    }
    if (cohortId != null && start == null) {
      // A cohort of another organisation (or none): as if it did not exist.
      throw new ObjectNotFoundException("cohort", cohortId);
    }
    List<Option> trainers =
        em
            .createQuery(
                "SELECT u.id, u.displayName FROM TrainingOrganisation t JOIN t.members u"
                    + " JOIN u.roles r WHERE t = :o AND r = :trainer ORDER BY u.username",
                Object[].class)
            .setParameter("o", o)
            .setParameter("trainer", Role.TRAINER)
            .getResultList()
            .stream()
            .map(row -> new Option((Long) row[0], (String) row[1]))
            .toList();
    return new CalendarChoices(o.getName(), sites, cohorts, trainers, start);
  }

  /**
   * An organisation's sessions between two days for its calendar, optionally of one cohort, one
   * trainer or one site (ids of another organisation match nothing).
   */
  public List<SessionView> organisationSessions(
      long organisationId,
      LocalDate from,
      LocalDate to,
      Long cohortId,
      Long trainerId,
      Long siteId) {
    TrainingOrganisation o = access.visible(organisationId);
    if (from == null || to == null || to.isBefore(from) || from.plusDays(62).isBefore(to)) {
      throw new InvalidInputException("schedule.badRange");
    }
    StringBuilder jpql =
        new StringBuilder(
            "SELECT s FROM TrainingSession s JOIN FETCH s.cohort c LEFT JOIN FETCH s.trainer LEFT JOIN FETCH s.site"
                + " WHERE c.organisation = :organisation AND s.day BETWEEN :from AND :to");
    if (cohortId != null) {
      jpql.append(" AND c.id = :cohort");
    }
    if (trainerId != null) {
      jpql.append(" AND s.trainer.id = :trainer");
    }
    if (siteId != null) {
      jpql.append(" AND s.site.id = :site");
    }
    var q =
        em.createQuery(
                jpql.append(" ORDER BY s.day, s.startTime").toString(), TrainingSession.class)
            .setParameter("organisation", o)
            .setParameter("from", from)
            .setParameter("to", to);
    if (cohortId != null) {
      q.setParameter("cohort", cohortId);
    }
    if (trainerId != null) {
      q.setParameter("trainer", trainerId);
    }
    if (siteId != null) {
      q.setParameter("site", siteId);
    }
    return q.getResultList().stream().map(ScheduleService::view).toList();
  }

  /** The cohort's schedule as an iCalendar file. */
  public String cohortCalendar(long cohortId) {
    return CalendarWriter.write(listSessions(cohortId));
  }

  /** The caller's sessions as a trainer, from a month ago to a year ahead, as an iCalendar file. */
  public String myCalendar() {
    LocalDate today = LocalDate.now(CalendarWriter.ZONE);
    return CalendarWriter.write(mySessions(today.minusMonths(1), today.plusYears(1)));
  }

  /** Adds one session, or a weekly series until {@code repeatUntil}; returns the new ids. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public List<Long> addSessions(
      long cohortId,
      @NotNull @Valid SessionForm form,
      LocalDate repeatUntil,
      Set<DayOfWeek> repeatDays) {
    Cohort c = cohort(cohortId, true);
    List<LocalDate> days;
    try {
      days = Recurrence.weekly(form.day(), repeatUntil, repeatDays);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("schedule.tooManyOccurrences", Recurrence.MAX_OCCURRENCES);
    }
    Site site = site(c, form.siteId());
    User trainer = trainer(c, form.trainerId());
    List<Long> ids = new ArrayList<>();
    for (LocalDate day : days) {
      TrainingSession s = new TrainingSession(c);
      place(c, s, day, form.start(), form.end(), site, form.room(), trainer, -1L);
      s.describe(form.topic().trim(), form.modality(), site, form.room(), trainer);
      em.persist(s);
      em.flush();
      ids.add(s.getId());
    }
    return ids;
  }

  /** Moves a session (drag and drop, or a new time typed in); the same clash rules apply. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void moveSession(
      long cohortId,
      long sessionId,
      long expectedVersion,
      @NotNull LocalDate day,
      @NotNull LocalTime start,
      @NotNull LocalTime end) {
    Cohort c = cohort(cohortId, true);
    TrainingSession s = session(c, sessionId);
    if (s.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    refuseIfCertified(s);
    place(c, s, day, start, end, s.getSite(), s.getRoom(), s.getTrainer(), s.getId());
    em.flush();
  }

  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void deleteSession(long cohortId, long sessionId) {
    TrainingSession s = session(cohort(cohortId, true), sessionId);
    refuseIfCertified(s);
    em.createQuery("DELETE FROM AttendanceEntry e WHERE e.sheet.session = :s")
        .setParameter("s", s)
        .executeUpdate();
    em.createQuery("DELETE FROM AttendanceSheet a WHERE a.session = :s")
        .setParameter("s", s)
        .executeUpdate();
    em.remove(s);
  }

  /** A certified attendance sheet is a record of what happened: its session stays where it was. */
  private void refuseIfCertified(TrainingSession s) {
    boolean certified =
        !em.createQuery(
                "SELECT a.id FROM AttendanceSheet a WHERE a.session = :s AND a.certifiedAt IS NOT NULL",
                Long.class)
            .setParameter("s", s)
            .getResultList()
            .isEmpty();
    if (certified) {
      throw new InvalidInputException("schedule.certified");
    }
  }

  /** Checks every clash rule for the slot, then places the session in it. */
  private void place(
      Cohort c,
      TrainingSession s,
      LocalDate day,
      LocalTime start,
      LocalTime end,
      Site site,
      String room,
      User trainer,
      long self) {
    if (!end.isAfter(start)) {
      throw new InvalidInputException("schedule.badTimes");
    }
    if (day.isBefore(c.getStartDate()) || day.isAfter(c.getEndDate())) {
      throw new InvalidInputException(
          "schedule.clash.outsideCohort",
          day.toString(),
          c.getStartDate().toString(),
          c.getEndDate().toString());
    }
    if (trainer != null) {
      em.createNamedQuery("TrainingSession.trainerOverlaps", TrainingSession.class)
          .setParameter("trainer", trainer)
          .setParameter("day", day)
          .setParameter("start", start)
          .setParameter("end", end)
          .setParameter("self", self)
          .setMaxResults(1)
          .getResultStream()
          .findFirst()
          .ifPresent(
              o -> {
                throw new InvalidInputException(
                    "schedule.clash.trainer",
                    trainer.getDisplayName(),
                    day.toString(),
                    slot(o),
                    o.getCohort().getCode());
              });
    }
    if (site != null && room != null && !room.isBlank()) {
      em.createNamedQuery("TrainingSession.roomOverlaps", TrainingSession.class)
          .setParameter("site", site)
          .setParameter("room", room.trim())
          .setParameter("day", day)
          .setParameter("start", start)
          .setParameter("end", end)
          .setParameter("self", self)
          .setMaxResults(1)
          .getResultStream()
          .findFirst()
          .ifPresent(
              o -> {
                throw new InvalidInputException(
                    "schedule.clash.room",
                    room.trim(),
                    site.getName(),
                    day.toString(),
                    slot(o),
                    o.getCohort().getCode());
              });
    }
    em.createNamedQuery("TrainingSession.learnerOverlaps", Object[].class)
        .setParameter("cohort", c)
        .setParameter("day", day)
        .setParameter("start", start)
        .setParameter("end", end)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .ifPresent(
            row -> {
              TrainingSession o = (TrainingSession) row[0];
              User learner = (User) row[1];
              throw new InvalidInputException(
                  "schedule.clash.learner",
                  learner.getDisplayName(),
                  day.toString(),
                  slot(o),
                  o.getCohort().getCode());
            });
    try {
      s.schedule(day, start, end);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("schedule.badTimes");
    }
  }

  private static String slot(TrainingSession s) {
    return s.getStartTime() + "–" + s.getEndTime();
  }

  private Cohort cohort(long cohortId, boolean manage) {
    Cohort c = em.find(Cohort.class, cohortId);
    if (c == null) {
      throw new ObjectNotFoundException("cohort", cohortId);
    }
    try {
      if (manage) {
        access.managed(c.getOrganisation().getId());
      } else {
        access.visible(c.getOrganisation().getId());
      }
    } catch (ObjectNotFoundException e) {
      throw new ObjectNotFoundException("cohort", cohortId);
    }
    return c;
  }

  private TrainingSession session(Cohort c, long sessionId) {
    TrainingSession s = em.find(TrainingSession.class, sessionId);
    if (s == null || !s.getCohort().getId().equals(c.getId())) {
      throw new ObjectNotFoundException("session", sessionId);
    }
    return s;
  }

  private Site site(Cohort c, Long siteId) {
    if (siteId == null) {
      return null;
    }
    Site s = em.find(Site.class, siteId);
    if (s == null || !s.getOrganisation().getId().equals(c.getOrganisation().getId())) {
      throw new ObjectNotFoundException("site", siteId);
    }
    return s;
  }

  private User trainer(Cohort c, Long trainerId) {
    if (trainerId == null) {
      return null;
    }
    return c.getOrganisation().getMembers().stream()
        .filter(u -> u.getId().equals(trainerId) && u.hasRole(Role.TRAINER))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("cohort.trainerNotMember"));
  }

  static SessionView view(TrainingSession s) {
    return new SessionView(
        s.getId(),
        s.getVersion(),
        s.getCohort().getCode(),
        s.getCohort().getTitle(),
        s.getDay(),
        s.getStartTime(),
        s.getEndTime(),
        s.getSite() == null ? null : s.getSite().getName(),
        s.getRoom(),
        s.getTrainer() == null ? null : s.getTrainer().getDisplayName(),
        s.getTopic(),
        s.getModality(),
        s.getCohort().getId());
  }
}
