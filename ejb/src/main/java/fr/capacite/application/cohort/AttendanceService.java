package fr.capacite.application.cohort;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.AttendanceEntry;
import fr.capacite.domain.cohort.AttendanceSheet;
import fr.capacite.domain.cohort.AttendanceStatus;
import fr.capacite.domain.cohort.AttendanceWindow;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.DropOutRule;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.cohort.PresenceCode;
import fr.capacite.domain.cohort.TrainingSession;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attendance (émargement): an enrolled learner signs present on the session's day; a trainer of the
 * cohort (or a manager) certifies the sheet from the session's day on, which locks it. Certified
 * presence counts toward the hours attended.
 */
@Stateless
public class AttendanceService {

  @PersistenceContext private EntityManager em;
  @EJB private OrganisationAccess access;
  @EJB private NotificationService notifications;

  @jakarta.inject.Inject private jakarta.enterprise.event.Event<AttendanceCertified> certified;

  private final Clock clock = Clock.system(CalendarWriter.ZONE);
  private final AttendanceWindow window = AttendanceWindow.fromSettings();

  /** The caller signs present at a session of a cohort they are enrolled in, on its day. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public void sign(long sessionId) {
    TrainingSession s = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    User learner = caller();
    if (s == null || !enrolled(s.getCohort(), learner)) {
      throw new ObjectNotFoundException("session", sessionId);
    }
    checkWindow(s, java.time.LocalDateTime.now(clock));
    AttendanceSheet sheet = sheetOf(s);
    if (sheet.isCertified()) {
      throw new InvalidInputException("attendance.locked");
    }
    sheet.sign(learner, Instant.now(clock));
    em.flush();
  }

  /** What the trainer's screen shows to sign by QR code: the current code and until when. */
  public record Presence(
      long sessionId, String code, Instant changesAt, Instant opens, Instant closes)
      implements java.io.Serializable {}

  /**
   * The session's presence code now, for its trainers and the organisation's managers, while
   * learners may sign (the session's window); refused outside it with the same reasons as a
   * signature.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
  public Presence presence(long sessionId) {
    TrainingSession s = sessionForStaff(sessionId);
    java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
    checkWindow(s, now);
    Instant at = Instant.now(clock);
    return new Presence(
        s.getId(),
        PresenceCode.at(s.presenceSecret(), at),
        PresenceCode.changesAt(at),
        window.opens(s).atZone(CalendarWriter.ZONE).toInstant(),
        window.closes(s).atZone(CalendarWriter.ZONE).toInstant());
  }

  /**
   * The caller signs by the code shown in the room: the current minute's or the one before; any
   * other code, or a signature outside the session's window, is refused.
   */
  @RolesAllowed(Role.Names.MEDIATOR)
  public void signWithCode(long sessionId, String code) {
    TrainingSession s = em.find(TrainingSession.class, sessionId);
    if (s == null || !enrolled(s.getCohort(), caller())) {
      throw new ObjectNotFoundException("session", sessionId);
    }
    checkWindow(s, java.time.LocalDateTime.now(clock));
    if (!PresenceCode.accepts(s.presenceSecret(), code, Instant.now(clock))) {
      throw new InvalidInputException("attendance.badCode");
    }
    sign(sessionId);
  }

  private void checkWindow(TrainingSession s, java.time.LocalDateTime now) {
    if (!s.getDay().equals(now.toLocalDate())) {
      // The day itself, not its ISO text: the message shows it as people write dates.
      throw new InvalidInputException("attendance.notToday", s.getDay());
    }
    if (now.isBefore(window.opens(s))) {
      throw new InvalidInputException("attendance.notOpenYet", window.opens(s).toLocalTime());
    }
    if (now.isAfter(window.closes(s))) {
      throw new InvalidInputException("attendance.closed", window.closes(s).toLocalTime());
    }
  }

  /** The caller's sessions as a learner, between two days. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public List<LearnerSession> mySessions(LocalDate from, LocalDate to) {
    String learner = access.caller();
    List<Long> cohorts = learnerCohorts(learner);
    if (cohorts.isEmpty()) {
      return List.of();
    }
    return asLearner(
        learner,
        em.createQuery(LEARNER_SESSIONS + " ORDER BY s.day, s.startTime", TrainingSession.class)
            .setParameter("cohorts", cohorts)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList());
  }

  /**
   * The caller's session being held, or still to sign, or else their next one within the days
   * given: the learner's home asks it on every visit, so it reads the few first sessions not yet
   * closed rather than the month's.
   */
  @RolesAllowed(Role.Names.MEDIATOR)
  public Optional<LearnerSession> nextSession(int withinDays) {
    java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    // A session of today ended more than the late margin ago can no longer be signed nor held.
    LocalTime closedBefore =
        now.toLocalTime().isBefore(LocalTime.MIN.plus(window.late()))
            ? LocalTime.MIN
            : now.toLocalTime().minus(window.late());
    String learner = access.caller();
    List<Long> cohorts = learnerCohorts(learner);
    if (cohorts.isEmpty()) {
      return Optional.empty();
    }
    List<TrainingSession> first =
        em.createQuery(
                LEARNER_SESSIONS
                    + " AND (s.day > :from OR s.endTime >= :closedBefore) ORDER BY s.day, s.startTime",
                TrainingSession.class)
            .setParameter("cohorts", cohorts)
            .setParameter("from", today)
            .setParameter("to", today.plusDays(withinDays))
            .setParameter("closedBefore", closedBefore)
            .setMaxResults(4)
            .getResultList();
    return asLearner(learner, first).stream()
        .filter(s -> s.canSign() || s.session().day().atTime(s.session().end()).isAfter(now))
        .findFirst();
  }

  // By the learner's cohorts as a list of keys: the database probes the sessions' (cohort, day)
  // index for each, where a subquery made Derby scan every session of the period (home page, S).
  private static final String LEARNER_SESSIONS =
      "SELECT s FROM TrainingSession s JOIN FETCH s.cohort c LEFT JOIN FETCH s.site LEFT JOIN FETCH"
          + " s.trainer WHERE c.id IN :cohorts AND s.day BETWEEN :from AND :to";

  /** The cohorts where the learner has a place (the learner's index). */
  private List<Long> learnerCohorts(String learner) {
    return em.createQuery(
            "SELECT e.cohort.id FROM Enrolment e WHERE e.learner.username = :learner AND e.status ="
                + " :status",
            Long.class)
        .setParameter("learner", learner)
        .setParameter("status", EnrolmentStatus.ENROLLED)
        .getResultList();
  }

  /** The sessions with the learner's own entries (one query for all of them). */
  private List<LearnerSession> asLearner(String learner, List<TrainingSession> sessions) {
    Map<Long, AttendanceEntry> mine = new HashMap<>();
    if (!sessions.isEmpty()) {
      em.createQuery(
              "SELECT e FROM AttendanceEntry e JOIN FETCH e.sheet a WHERE e.learner.username = :learner AND"
                  + " a.session IN :sessions",
              AttendanceEntry.class)
          .setParameter("learner", learner)
          .setParameter("sessions", sessions)
          .getResultList()
          .forEach(e -> mine.put(e.getSheet().getSession().getId(), e));
    }
    java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
    return sessions.stream()
        .map(
            s -> {
              AttendanceEntry e = mine.get(s.getId());
              boolean locked = e != null && e.getSheet().isCertified();
              return new LearnerSession(
                  ScheduleService.view(s),
                  e == null ? null : e.getSignedAt(),
                  e == null ? null : e.getStatus(),
                  window.allowsSigning(s, now)
                      && !locked
                      && (e == null || e.getSignedAt() == null));
            })
        .toList();
  }

  /** The caller's cohorts as a learner, with the hours certified in each (two queries). */
  @RolesAllowed(Role.Names.MEDIATOR)
  public List<LearnerCohort> myCohorts() {
    String me = access.caller();
    Map<Long, Double> hours = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT s.cohort.id, s.startTime, s.endTime FROM AttendanceEntry e JOIN e.sheet a JOIN a.session s"
                    + " WHERE e.learner.username = :me AND e.status = :present",
                Object[].class)
            .setParameter("me", me)
            .setParameter("present", AttendanceStatus.PRESENT)
            .getResultList()) {
      hours.merge(
          (Long) row[0],
          Duration.between((LocalTime) row[1], (LocalTime) row[2]).toMinutes() / 60.0,
          Double::sum);
    }
    return em
        .createQuery(
            "SELECT e FROM Enrolment e JOIN FETCH e.cohort c JOIN FETCH c.organisation WHERE e.learner.username = :me"
                + " ORDER BY c.startDate DESC",
            Enrolment.class)
        .setParameter("me", me)
        .getResultList()
        .stream()
        .map(
            e ->
                new LearnerCohort(
                    e.getCohort().getId(),
                    e.getCohort().getTitle(),
                    e.getCohort().getOrganisation().getName(),
                    e.getCohort().getStartDate(),
                    e.getCohort().getEndDate(),
                    e.getStatus(),
                    e.getWaitingRank(),
                    e.getPathHours(),
                    hours.getOrDefault(e.getCohort().getId(), 0.0),
                    e.getAtRiskSince() != null,
                    e.getId(),
                    !e.isAccepted() && e.getStatus() != EnrolmentStatus.WITHDRAWN))
        .toList();
  }

  /** The sheet of a session, for its trainers and the organisation's managers. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
  public AttendanceView getSheet(long sessionId) {
    TrainingSession s = sessionForStaff(sessionId);
    AttendanceSheet sheet =
        em.createNamedQuery("AttendanceSheet.findBySession", AttendanceSheet.class)
            .setParameter("session", s)
            .getResultStream()
            .findFirst()
            .orElse(null);
    List<AttendanceView.Row> rows =
        learners(s.getCohort()).stream()
            .map(
                u -> {
                  AttendanceEntry e = sheet == null ? null : sheet.entry(u).orElse(null);
                  return new AttendanceView.Row(
                      u.getId(),
                      u.getUsername(),
                      u.getDisplayName(),
                      e == null ? null : e.getSignedAt(),
                      e == null ? null : e.getStatus());
                })
            .toList();
    return new AttendanceView(
        ScheduleService.view(s),
        sheet != null && sheet.isCertified(),
        sheet == null ? null : sheet.getCertifiedBy(),
        sheet == null ? null : sheet.getCertifiedAt(),
        rows);
  }

  /** Certifies the sheet (present, absent, excused per learner) and locks it. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
  public void certify(long sessionId, Map<Long, AttendanceStatus> statuses) {
    TrainingSession s = sessionForStaff(sessionId);
    em.lock(s, LockModeType.PESSIMISTIC_WRITE);
    if (s.getDay().isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("attendance.tooEarly", s.getDay().toString());
    }
    if (!AttendanceWindow.started(s, java.time.LocalDateTime.now(clock))) {
      throw new InvalidInputException("attendance.notStarted", s.getStartTime());
    }
    AttendanceSheet sheet = sheetOf(s);
    if (sheet.isCertified()) {
      throw new InvalidInputException("attendance.locked");
    }
    sheet.certify(
        learners(s.getCohort()),
        statuses == null ? Map.of() : statuses,
        access.caller(),
        Instant.now(clock));
    em.flush();
    assessDropOutRisk(s.getCohort());
    certified.fire(new AttendanceCertified(s.getCohort().getId()));
  }

  /**
   * Re-applies the drop-out rule to every enrolled learner of the cohort, from the certified sheets
   * in session order (one query), and tells the managers and trainers about newly at-risk learners.
   */
  private void assessDropOutRisk(Cohort c) {
    Map<Long, List<AttendanceStatus>> history = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery("AttendanceSheet.certifiedHistory", Object[].class)
            .setParameter("cohort", c)
            .getResultList()) {
      history.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((AttendanceStatus) row[1]);
    }
    Instant now = Instant.now(clock);
    for (Enrolment e :
        em.createNamedQuery("Enrolment.findByCohort", Enrolment.class)
            .setParameter("cohort", c)
            .getResultList()) {
      boolean atRisk = DropOutRule.atRisk(history.getOrDefault(e.getLearner().getId(), List.of()));
      if (e.assessRisk(atRisk, now)) {
        for (User u : staffOf(c)) {
          notifications.send(
              u,
              "notification.dropOutRisk",
              "/cohort/edit.xhtml?id=" + c.getId(),
              List.of(e.getLearner().getDisplayName(), c.getCode()));
        }
      }
    }
  }

  /** The organisation's active managers and the cohort's trainers. */
  private Set<User> staffOf(Cohort c) {
    Set<User> staff = new LinkedHashSet<>();
    c.getOrganisation().getMembers().stream()
        .filter(u -> u.hasRole(Role.ORG_MANAGER) && u.isActive())
        .forEach(staff::add);
    c.getTrainers().stream().filter(User::isActive).forEach(staff::add);
    return staff;
  }

  /** Hours of certified presence per learner (username), for a cohort. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
  public Map<String, Double> attendedHours(long cohortId) {
    Cohort c = em.find(Cohort.class, cohortId);
    if (c == null) {
      throw new ObjectNotFoundException("cohort", cohortId);
    }
    access.visible(c.getOrganisation().getId());
    Map<String, Double> hours = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery("AttendanceSheet.presentHours", Object[].class)
            .setParameter("cohort", c)
            .getResultList()) {
      double h = Duration.between((LocalTime) row[1], (LocalTime) row[2]).toMinutes() / 60.0;
      hours.merge((String) row[0], h, Double::sum);
    }
    return hours;
  }

  private AttendanceSheet sheetOf(TrainingSession s) {
    return em.createNamedQuery("AttendanceSheet.findBySession", AttendanceSheet.class)
        .setParameter("session", s)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              AttendanceSheet sheet = new AttendanceSheet(s);
              em.persist(sheet);
              return sheet;
            });
  }

  /** The session if the caller manages its organisation, or trains its cohort. */
  private TrainingSession sessionForStaff(long sessionId) {
    TrainingSession s = em.find(TrainingSession.class, sessionId);
    if (s == null) {
      throw new ObjectNotFoundException("session", sessionId);
    }
    Cohort c = s.getCohort();
    if (!access.canManage(c.getOrganisation().getId())) {
      String me = access.caller();
      boolean trains =
          c.getTrainers().stream().anyMatch(u -> u.getUsername().equals(me))
              || (s.getTrainer() != null && s.getTrainer().getUsername().equals(me));
      if (!trains || !access.isMember(c.getOrganisation().getId())) {
        throw new ObjectNotFoundException("session", sessionId);
      }
    }
    return s;
  }

  private List<User> learners(Cohort c) {
    return em
        .createNamedQuery("Enrolment.findByCohort", Enrolment.class)
        .setParameter("cohort", c)
        .getResultList()
        .stream()
        .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED)
        .map(Enrolment::getLearner)
        .toList();
  }

  private boolean enrolled(Cohort c, User learner) {
    return em.createNamedQuery("Enrolment.findByCohortAndLearner", Enrolment.class)
        .setParameter("cohort", c)
        .setParameter("learner", learner)
        .getResultStream()
        .anyMatch(e -> e.getStatus() == EnrolmentStatus.ENROLLED);
  }

  private User caller() {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", access.caller())
        .getSingleResult();
  }
}
