package fr.capacite.application.path;

import fr.capacite.application.shared.NotificationService;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.path.Deadline;
import fr.capacite.domain.path.DeadlineReminder;
import fr.capacite.domain.path.Deadlines;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Daily job: reminds people of the deadlines of their plan falling within {@link #DAYS_AHEAD} days
 * (exam after training, re-sit, yearly modules), in the app and by e-mail when they chose it. Each
 * reminder goes out once.
 */
@Stateless
public class DeadlineReminders {

  @jakarta.ejb.EJB private fr.capacite.application.shared.JobLeases leases;

  public static final int DAYS_AHEAD = 30;

  @PersistenceContext private EntityManager em;
  @EJB private PlanFacts facts;
  @EJB private NotificationService notifications;

  @Schedule(hour = "6", minute = "45", timezone = "Europe/Paris", persistent = false)
  void daily() {
    runToday();
  }

  /** Today's reminders, unless a server already sent them; whether this call sent them. */
  @jakarta.annotation.security.RolesAllowed(fr.capacite.domain.identity.Role.Names.ADMIN)
  public boolean runToday() {
    LocalDate today = LocalDate.now(CatalogueService.ZONE);
    // once per day across the servers sharing the database
    return leases.runOnce(
        "deadline-reminders",
        today.toString(),
        java.time.Duration.ofHours(1),
        () -> sendDueOn(today));
  }

  /** Sends the reminders due on a day (administrators may run it); returns how many went out. */
  @RolesAllowed(Role.Names.ADMIN)
  public int sendDue(LocalDate day) {
    return sendDueOn(day);
  }

  int sendDueOn(LocalDate day) {
    int sent = 0;
    for (User u : concerned(day)) {
      for (Deadline d : facts.deadlines(u, day)) {
        long left = d.daysLeft(day);
        if (left < 0 || left > DAYS_AHEAD || alreadySent(u, d)) {
          continue;
        }
        em.persist(new DeadlineReminder(u, d, Instant.now()));
        notifications.send(
            u,
            "notification.deadline." + d.kind().name(),
            "/path/plan.xhtml",
            List.of(d.subject(), d.dueOn().toString(), String.valueOf(d.remaining())));
        sent++;
      }
    }
    return sent;
  }

  /**
   * People who may have a deadline: a plan, a training ended within the exam window, or a failure
   * within the re-sit window.
   */
  private Set<User> concerned(LocalDate day) {
    Set<User> users = new LinkedHashSet<>();
    users.addAll(
        em.createQuery(
                "SELECT p.learner FROM LearningPlan p WHERE p.learner.active = TRUE", User.class)
            .getResultList());
    users.addAll(
        em.createQuery(
                "SELECT DISTINCT e.learner FROM Enrolment e WHERE e.learner.active = TRUE"
                    + " AND e.status = fr.capacite.domain.cohort.EnrolmentStatus.ENROLLED"
                    + " AND e.cohort.endDate <= :day AND e.cohort.endDate >= :since",
                User.class)
            .setParameter("day", day)
            .setParameter("since", day.minusMonths(Deadlines.EXAM_MONTHS_AFTER_TRAINING))
            .getResultList());
    users.addAll(
        em.createQuery(
                "SELECT DISTINCT r.learner FROM BlockResult r WHERE r.learner.active = TRUE"
                    + " AND r.acquired = FALSE AND r.decidedOn >= :since",
                User.class)
            .setParameter("since", day.minusYears(Deadlines.RESIT_YEARS))
            .getResultList());
    return users;
  }

  private boolean alreadySent(User u, Deadline d) {
    return em.createNamedQuery("DeadlineReminder.count", Long.class)
            .setParameter("learner", u)
            .setParameter("kind", d.kind())
            .setParameter("subject", d.subject())
            .setParameter("due", d.dueOn())
            .getSingleResult()
        > 0;
  }
}
