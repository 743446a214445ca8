package fr.capacite.application.cohort;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.cohort.SatisfactionQuestion;
import fr.capacite.domain.cohort.SatisfactionTally;
import fr.capacite.domain.cohort.SurveyInvitation;
import fr.capacite.domain.cohort.SurveyResponse;
import fr.capacite.domain.cohort.SurveyWave;
import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard satisfaction questionnaire: sent to a cohort's learners on its last day (à chaud)
 * and three months later (à froid), with one reminder after {@value
 * SurveyInvitation#REMIND_AFTER_DAYS} days; answered once, anonymously if the learner wishes.
 */
@Stateless
public class SatisfactionService {

  @jakarta.ejb.EJB private fr.capacite.application.shared.JobLeases leases;

  /** How many comments a results page shows, newest first. */
  static final int COMMENTS_SHOWN = 50;

  @PersistenceContext private EntityManager em;
  @EJB private OrganisationAccess access;
  @EJB private NotificationService notifications;

  @Schedule(hour = "7", minute = "0", timezone = "Europe/Paris", persistent = false)
  void daily() {
    runToday();
  }

  /** Today's sends, unless a server already made them; whether this call made them. */
  @RolesAllowed(Role.Names.ADMIN)
  public boolean runToday() {
    LocalDate today = LocalDate.now(CalendarWriter.ZONE);
    // once per day across the servers sharing the database
    return leases.runOnce(
        "satisfaction", today.toString(), java.time.Duration.ofHours(2), () -> sendDueOn(today));
  }

  /** Sends the invitations and reminders due on a day; returns how many notifications went out. */
  @RolesAllowed(Role.Names.ADMIN)
  public int sendDue(LocalDate day) {
    return sendDueOn(day);
  }

  int sendDueOn(LocalDate day) {
    int sent = 0;
    for (SurveyWave wave : SurveyWave.values()) {
      sent += invite(wave, day);
    }
    for (SurveyInvitation i :
        em.createNamedQuery("SurveyInvitation.toRemind", SurveyInvitation.class)
            .setParameter("sentBefore", day.minusDays(SurveyInvitation.REMIND_AFTER_DAYS))
            .setParameter("since", day.minusDays(SurveyInvitation.OPEN_DAYS))
            .getResultList()) {
      i.reminded(day);
      notifications.send(
          i.getLearner(),
          "notification.survey.reminder",
          "/path/survey.xhtml?invitation=" + i.getId(),
          List.of(i.getCohort().getTitle()));
      sent++;
    }
    return sent;
  }

  /** Invites the enrolled learners of cohorts whose wave fell due in the open window. */
  private int invite(SurveyWave wave, LocalDate day) {
    // The wave is due on dueOn(end); cohorts due within the window are those ending in this range.
    LocalDate lastEnd = wave == SurveyWave.HOT ? day : day.minusMonths(3);
    LocalDate firstEnd = lastEnd.minusDays(SurveyInvitation.OPEN_DAYS);
    List<Cohort> cohorts =
        em.createQuery("SELECT c FROM Cohort c WHERE c.endDate BETWEEN :from AND :to", Cohort.class)
            .setParameter("from", firstEnd)
            .setParameter("to", lastEnd)
            .getResultList();
    if (cohorts.isEmpty()) {
      return 0;
    }
    Set<List<Long>> invited = new HashSet<>();
    for (Object[] row :
        em.createNamedQuery("SurveyInvitation.existing", Object[].class)
            .setParameter("cohorts", cohorts)
            .setParameter("wave", wave)
            .getResultList()) {
      invited.add(List.of((Long) row[0], (Long) row[1]));
    }
    List<SurveyInvitation> created = new ArrayList<>();
    for (Enrolment e :
        em.createQuery(
                "SELECT e FROM Enrolment e JOIN FETCH e.learner JOIN FETCH e.cohort WHERE e.cohort IN :cohorts AND"
                    + " e.status = :status",
                Enrolment.class)
            .setParameter("cohorts", cohorts)
            .setParameter("status", EnrolmentStatus.ENROLLED)
            .getResultList()) {
      if (invited.add(List.of(e.getCohort().getId(), e.getLearner().getId()))) {
        LocalDate due = wave.dueOn(e.getCohort().getEndDate());
        SurveyInvitation i = new SurveyInvitation(e.getCohort(), e.getLearner(), wave, due);
        em.persist(i);
        created.add(i);
      }
    }
    em.flush();
    for (SurveyInvitation i : created) {
      notifications.send(
          i.getLearner(),
          "notification.survey.invited." + wave,
          "/path/survey.xhtml?invitation=" + i.getId(),
          List.of(i.getCohort().getTitle()));
    }
    return created.size();
  }

  /** The caller's questionnaires still open. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public List<SurveyInvitationView> myOpenInvitations() {
    LocalDate today = LocalDate.now(CalendarWriter.ZONE);
    return em
        .createNamedQuery("SurveyInvitation.openFor", SurveyInvitation.class)
        .setParameter("username", access.caller())
        .setParameter("since", today.minusDays(SurveyInvitation.OPEN_DAYS))
        .getResultList()
        .stream()
        .map(SatisfactionService::view)
        .toList();
  }

  /** One of the caller's open questionnaires; anyone else's does not exist for them. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public SurveyInvitationView getInvitation(long invitationId) {
    return view(mine(invitationId, false));
  }

  /**
   * Records the caller's answer, once. An anonymous answer keeps no link to the learner; the
   * invitation only records that they answered, so that they are not reminded.
   */
  @RolesAllowed(Role.Names.MEDIATOR)
  public void answer(
      long invitationId,
      Map<SatisfactionQuestion, Integer> scores,
      String comment,
      boolean anonymous) {
    SurveyInvitation i = mine(invitationId, true);
    LocalDate today = LocalDate.now(CalendarWriter.ZONE);
    if (i.getAnsweredOn() != null) {
      throw new InvalidInputException("survey.alreadyAnswered");
    }
    if (!i.isOpen(today)) {
      throw new InvalidInputException("survey.closed");
    }
    Map<SatisfactionQuestion, Integer> s = new EnumMap<>(SatisfactionQuestion.class);
    for (SatisfactionQuestion q : SatisfactionQuestion.values()) {
      Integer v = scores == null ? null : scores.get(q);
      if (v == null || v < SatisfactionQuestion.MIN || v > SatisfactionQuestion.MAX) {
        throw new InvalidInputException("survey.scoreMissing");
      }
      s.put(q, v);
    }
    if (comment != null && comment.length() > SurveyResponse.COMMENT_MAX) {
      throw new InvalidInputException("survey.commentTooLong", SurveyResponse.COMMENT_MAX);
    }
    i.answered(today);
    em.persist(
        new SurveyResponse(
            i.getCohort(), i.getWave(), anonymous ? null : i.getLearner(), today, s, comment));
    em.flush();
  }

  /** A cohort's results per wave, for the organisation's staff and the administrators. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
  public CohortSatisfaction results(long cohortId) {
    Cohort c = em.find(Cohort.class, cohortId);
    if (c == null) {
      throw new ObjectNotFoundException("cohort", cohortId);
    }
    access.visible(c.getOrganisation().getId());
    Map<SurveyWave, SatisfactionTally> tallies = new EnumMap<>(SurveyWave.class);
    for (Object[] row :
        em.createNamedQuery("SurveyResponse.scoresByCohort", Object[].class)
            .setParameter("cohort", c)
            .getResultList()) {
      tallies
          .computeIfAbsent((SurveyWave) row[0], w -> new SatisfactionTally())
          .add((LocalDate) row[1], scores(row, 2));
    }
    Map<SurveyWave, Long> invited = new EnumMap<>(SurveyWave.class);
    for (Object[] row :
        em.createNamedQuery("SurveyInvitation.countsByCohort", Object[].class)
            .setParameter("cohort", c)
            .getResultList()) {
      invited.put((SurveyWave) row[0], ((Number) row[1]).longValue());
    }
    List<CohortSatisfaction.Wave> waves = new ArrayList<>();
    for (SurveyWave w : SurveyWave.values()) {
      waves.add(
          new CohortSatisfaction.Wave(
              w,
              invited.getOrDefault(w, 0L),
              tallies.getOrDefault(w, new SatisfactionTally()).result()));
    }
    var query =
        em.createNamedQuery("SurveyResponse.commentsByCohort", Object[].class)
            .setParameter("cohort", c);
    List<CohortSatisfaction.Comment> comments =
        query.setMaxResults(COMMENTS_SHOWN).getResultList().stream()
            .map(
                r ->
                    new CohortSatisfaction.Comment(
                        (SurveyWave) r[0], (LocalDate) r[1], (String) r[2]))
            .toList();
    long commentCount =
        em.createQuery(
                "SELECT COUNT(r) FROM SurveyResponse r WHERE r.cohort = :cohort AND r.comment IS NOT NULL",
                Long.class)
            .setParameter("cohort", c)
            .getSingleResult();
    return new CohortSatisfaction(waves, comments, commentCount);
  }

  /** Six scores from a query row, starting at {@code from}, in question order. */
  static int[] scores(Object[] row, int from) {
    int[] s = new int[SatisfactionQuestion.values().length];
    for (int k = 0; k < s.length; k++) {
      s[k] = ((Number) row[from + k]).intValue();
    }
    return s;
  }

  private SurveyInvitation mine(long invitationId, boolean lock) {
    SurveyInvitation i =
        lock
            ? em.find(SurveyInvitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE)
            : em.find(SurveyInvitation.class, invitationId);
    if (i == null || !i.getLearner().getUsername().equals(access.caller())) {
      throw new ObjectNotFoundException("survey", invitationId);
    }
    return i;
  }

  private static SurveyInvitationView view(SurveyInvitation i) {
    Cohort c = i.getCohort();
    return new SurveyInvitationView(
        i.getId(),
        c.getId(),
        c.getTitle(),
        c.getOrganisation().getName(),
        i.getWave(),
        i.getSentOn(),
        i.getSentOn().plusDays(SurveyInvitation.OPEN_DAYS));
  }
}
