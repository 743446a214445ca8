package fr.capacite.application.library;

import fr.capacite.domain.library.StoredFile;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.infrastructure.files.FileStore;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Library uploads that no revision and no proposal uses a day after they were sent are removed,
 * their record, their thumbnail and their file (unless the same bytes serve elsewhere, as a
 * candidate's DP): an upload abandoned in an edit form must not stay on disk for ever.
 */
@Stateless
@PermitAll
public class OrphanUploads {

  @jakarta.ejb.EJB private fr.capacite.application.shared.JobLeases leases;

  private static final Logger LOG = Logger.getLogger(OrphanUploads.class.getName());
  static final Duration GRACE = Duration.ofDays(1);
  private static final int BATCH = 500;

  @PersistenceContext private EntityManager em;

  @Schedule(hour = "4", minute = "15", timezone = "Europe/Paris", persistent = false)
  public void nightly() {
    runToday();
  }

  /** Tonight's pass, unless a server already ran it; whether this call ran it. */
  @jakarta.annotation.security.RolesAllowed(fr.capacite.domain.identity.Role.Names.ADMIN)
  public boolean runToday() {
    // once per night across the servers sharing the database and the file store
    return leases.runOnce(
        "orphan-uploads",
        FrenchTime.today().toString(),
        java.time.Duration.ofHours(1),
        () -> {
          int removed = removeOlderThan(Instant.now().minus(GRACE));
          if (removed > 0) {
            LOG.info(() -> removed + " abandoned upload(s) removed");
          }
        });
  }

  /** Removes up to a batch of uploads older than {@code cutoff} that nothing uses; their count. */
  public int removeOlderThan(Instant cutoff) {
    List<StoredFile> orphans =
        em.createQuery(
                "SELECT f FROM StoredFile f WHERE f.createdAt < :cutoff"
                    + " AND NOT EXISTS (SELECT b FROM RevisionBlock b WHERE b.block.fileSha256 = f.sha256)"
                    + " AND NOT EXISTS (SELECT p FROM ProposalBlock p WHERE p.block.fileSha256 = f.sha256)",
                StoredFile.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(BATCH)
            .getResultList();
    for (StoredFile f : orphans) {
      em.createQuery("DELETE FROM FileUpload u WHERE u.sha256 = :sha")
          .setParameter("sha", f.getSha256())
          .executeUpdate();
      em.remove(f);
      deleteUnlessUsed(f.getSha256());
      if (f.getThumbnailSha() != null) {
        deleteUnlessUsed(f.getThumbnailSha());
      }
    }
    return orphans.size();
  }

  private void deleteUnlessUsed(String sha) {
    long elsewhere =
        em.createQuery("SELECT COUNT(e) FROM CandidateEvidence e WHERE e.sha256 = :sha", Long.class)
                .setParameter("sha", sha)
                .getSingleResult()
            + em.createQuery("SELECT COUNT(f) FROM StoredFile f WHERE f.sha256 = :sha", Long.class)
                .setParameter("sha", sha)
                .getSingleResult();
    if (elsewhere == 0) {
      FileStore.delete(sha);
    }
  }
}
