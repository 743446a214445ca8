package fr.capacite.application.operations;

import fr.capacite.application.cohort.SatisfactionService;
import fr.capacite.application.identity.Retention;
import fr.capacite.application.library.OrphanUploads;
import fr.capacite.application.organisation.QualiopiReminders;
import fr.capacite.application.path.DeadlineReminders;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.domain.shared.JobLease;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;

/**
 * The daily jobs an administrator may run now rather than wait for the night (after a server was
 * down at its hour, say). A run now is today's occurrence: whichever server claims it first runs
 * it, once, exactly as the timers do.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ScheduledJobs {

  /** The jobs, by the name their claims carry in {@code job_lease}. */
  public static final List<String> NAMES =
      List.of(
          "retention",
          "backup",
          "orphan-uploads",
          "qualiopi-reminders",
          "deadline-reminders",
          "satisfaction");

  @EJB private Retention retention;
  @EJB private OrphanUploads orphans;
  @EJB private QualiopiReminders qualiopi;
  @EJB private DeadlineReminders deadlines;
  @EJB private SatisfactionService satisfaction;
  @PersistenceContext private EntityManager em;

  /** A job and its latest occurrence (null when it never ran on this database). */
  public record Latest(
      String job,
      String occurrence,
      String holder,
      java.time.Instant claimedAt,
      java.time.Instant finishedAt)
      implements Serializable {}

  /** Each job with its latest occurrence, in the order of {@link #NAMES}. */
  public List<Latest> latest() {
    java.util.Map<String, JobLease> last = new java.util.HashMap<>();
    for (JobLease l :
        em.createQuery(
                "SELECT l FROM JobLease l WHERE l.job IN :jobs AND l.claimedAt = (SELECT"
                    + " MAX(m.claimedAt) FROM JobLease m WHERE m.job = l.job)",
                JobLease.class)
            .setParameter("jobs", NAMES)
            .getResultList()) {
      last.put(l.getJob(), l);
    }
    return NAMES.stream()
        .map(
            n -> {
              JobLease l = last.get(n);
              return l == null
                  ? new Latest(n, null, null, null, null)
                  : new Latest(
                      n, l.getOccurrence(), l.getHolder(), l.getClaimedAt(), l.getFinishedAt());
            })
        .toList();
  }

  /** Today's occurrence of a job: whether this call ran it, and the server that holds it. */
  public record Run(String job, String occurrence, boolean ran, String holder)
      implements Serializable {}

  /**
   * Runs today's occurrence of {@code job} unless a server already has. Not in a transaction of its
   * own: each job runs in its bean's, and the claim is read once that has committed.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Run runToday(String job) {
    boolean ran =
        switch (job) {
          case "retention" -> retention.runToday();
          case "backup" -> retention.backupToday();
          case "orphan-uploads" -> orphans.runToday();
          case "qualiopi-reminders" -> qualiopi.runToday();
          case "deadline-reminders" -> deadlines.runToday();
          case "satisfaction" -> satisfaction.runToday();
          default -> throw new ObjectNotFoundException("job", job);
        };
    String today = FrenchTime.today().toString();
    JobLease lease = em.find(JobLease.class, new JobLease.Key(job, today));
    return new Run(job, today, ran, lease == null ? null : lease.getHolder());
  }
}
