package fr.capacite.application.shared;

import fr.capacite.domain.shared.JobLease;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Runs each occurrence of a scheduled job on one server only, when several share the database:
 * every server's timer fires, the first to claim the occurrence in the database runs it, the others
 * skip it. A claim is a row whose primary key is (job, occurrence), inserted in its own
 * transaction; a claim left unfinished past its expiry (its server died) may be taken over.
 */
@Stateless
@PermitAll
public class JobLeases {

  private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

  /** This server, as claims name it: host and process. */
  public static final String HOLDER = ManagementFactory.getRuntimeMXBean().getName();

  @PersistenceContext private EntityManager em;
  @jakarta.annotation.Resource private jakarta.ejb.SessionContext ctx;

  @jakarta.annotation.Resource
  private jakarta.transaction.TransactionSynchronizationRegistry registry;

  /**
   * Claims an occurrence ("2026-12-06" for a daily job) for {@code lease}; whether this server
   * should run it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String job, String occurrence, Duration lease) {
    Instant now = Instant.now();
    int taken =
        em.createNamedQuery("JobLease.takeOver")
            .setParameter("holder", HOLDER)
            .setParameter("now", now)
            .setParameter("expires", now.plus(lease))
            .setParameter("job", job)
            .setParameter("occurrence", occurrence)
            .executeUpdate();
    if (taken == 1) {
      LOG.info(() -> job + " " + occurrence + ": taken over from an expired claim");
      return true;
    }
    if (em.find(JobLease.class, new JobLease.Key(job, occurrence)) != null) {
      return false;
    }
    try {
      em.persist(new JobLease(job, occurrence, HOLDER, now, now.plus(lease)));
      em.flush();
      return true;
    } catch (PersistenceException e) {
      // another server inserted the same occurrence first: the primary key refused this one
      em.clear();
      LOG.fine(() -> job + " " + occurrence + ": claimed by another server");
      return false;
    }
  }

  /** Marks the occurrence done, so that nobody takes it over. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finish(String job, String occurrence) {
    em.createNamedQuery("JobLease.finish")
        .setParameter("now", Instant.now())
        .setParameter("job", job)
        .setParameter("occurrence", occurrence)
        .setParameter("holder", HOLDER)
        .executeUpdate();
  }

  /**
   * Runs {@code work} if this server claims the occurrence; whether it ran. The claim commits at
   * once (the other servers see it and skip without waiting); the work runs in the caller's
   * transaction, and the occurrence is marked done only once that transaction has committed. Work
   * that rolled back leaves the claim unfinished: another server takes it over when it expires.
   * Without a caller transaction (the link checker holds none while remote servers answer), none is
   * started for the work.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean runOnce(String job, String occurrence, Duration lease, Runnable work) {
    JobLeases self = ctx.getBusinessObject(JobLeases.class);
    if (!self.claim(job, occurrence, lease)) {
      return false;
    }
    work.run();
    if (registry.getTransactionKey() != null
        && registry.getTransactionStatus() == jakarta.transaction.Status.STATUS_ACTIVE) {
      registry.registerInterposedSynchronization(
          new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
              // nothing to do before the work commits
            }

            @Override
            public void afterCompletion(int status) {
              if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                self.finish(job, occurrence);
              } else {
                LOG.warning(
                    () -> job + " " + occurrence + ": the work rolled back, claim left to expire");
              }
            }
          });
    } else {
      self.finish(job, occurrence);
    }
    return true;
  }
}
