package fr.capacite.application.identity;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.BackupService;
import fr.capacite.application.shared.JobLeases;
import fr.capacite.domain.shared.AuditKind;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Applies the retention periods of docs/security.md every night, where the law allows it:
 * notifications after a year, job claims after 90 days and search log lines after a day, accounts
 * deactivated and unused for five years erased (pseudonymised). What the law requires to keep
 * (signed PVs, jury results, attendance proofs, the audit log) is not touched here. Then takes the
 * nightly backup (Derby).
 */
@Stateless
@PermitAll
public class Retention {

  private static final Logger LOG = Logger.getLogger(Retention.class.getName());

  public static final Duration NOTIFICATIONS = Duration.ofDays(365);
  public static final Duration JOB_CLAIMS = Duration.ofDays(90);

  @PersistenceContext private EntityManager em;
  @EJB private PersonalDataService personalData;
  @EJB private AuditService audit;
  @EJB private JobLeases leases;
  @EJB private BackupService backups;
  @EJB private fr.capacite.application.library.SearchOutbox searchOutbox;

  public static final Duration SEARCH_LOG = Duration.ofDays(1);

  /** What one pass removed. */
  /** Account links (sign-up, reset, new address) are kept this long after they expire. */
  public static final Duration ACCOUNT_LINKS = Duration.ofDays(7);

  public record Applied(
      int notifications, int jobClaims, int searchLines, int accountsErased, int accountLinks) {}

  @Schedule(hour = "2", minute = "15", timezone = "Europe/Paris", persistent = false)
  public void nightly() {
    runToday();
    backupToday();
  }

  /** Tonight's retention pass, unless a server already ran it; whether this call ran it. */
  @jakarta.annotation.security.RolesAllowed(fr.capacite.domain.identity.Role.Names.ADMIN)
  public boolean runToday() {
    return leases.runOnce("retention", night(), Duration.ofHours(1), () -> apply(Instant.now()));
  }

  /** Tonight's backup (Derby), unless a server already took it; whether this call took it. */
  @jakarta.annotation.security.RolesAllowed(fr.capacite.domain.identity.Role.Names.ADMIN)
  public boolean backupToday() {
    return leases.runOnce(
        "backup",
        night(),
        Duration.ofHours(2),
        () -> {
          if (backups.isOnlineBackupAvailable()) {
            backups.take();
            backups.prune(BackupService.KEPT);
          }
        });
  }

  private static String night() {
    return FrenchTime.today().toString();
  }

  /** One pass of the retention rules as of {@code now}. */
  public Applied apply(Instant now) {
    int notifications =
        em.createQuery("DELETE FROM Notification n WHERE n.createdAt < :cutoff")
            .setParameter("cutoff", now.minus(NOTIFICATIONS))
            .executeUpdate();
    int claims =
        em.createQuery("DELETE FROM JobLease l WHERE l.finishedAt IS NOT NULL AND l.claimedAt < :c")
            .setParameter("c", now.minus(JOB_CLAIMS))
            .executeUpdate();
    int searchLines = searchOutbox.removeOlderThan(now.minus(SEARCH_LOG));
    int erased = personalData.eraseExpiredAccounts(now);
    // A sign-up link holds an address and a password hash: gone a week after it expired.
    int links =
        em.createQuery("DELETE FROM AccountToken t WHERE t.expiresAt < :cutoff")
            .setParameter("cutoff", now.minus(ACCOUNT_LINKS))
            .executeUpdate();
    Applied applied = new Applied(notifications, claims, searchLines, erased, links);
    if (notifications + claims + searchLines + erased + links > 0) {
      audit.record(
          AuditKind.RETENTION_APPLIED,
          "retention",
          "retention",
          "notifications "
              + notifications
              + ", job claims "
              + claims
              + ", search log lines "
              + searchLines
              + ", accounts erased "
              + erased
              + ", account links "
              + links);
      LOG.info(() -> "retention applied: " + applied);
    }
    return applied;
  }
}
