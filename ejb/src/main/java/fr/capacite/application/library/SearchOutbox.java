package fr.capacite.application.library;

import fr.capacite.application.shared.JobLeases;
import fr.capacite.domain.library.SearchChange;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The library's change log (outbox) that keeps the search index of every server up to date: a
 * change to a resource is written to it in the transaction that makes the change, so the line
 * exists exactly when the change does, and each server reads the lines written by the others.
 */
@Stateless
@PermitAll
public class SearchOutbox {

  @PersistenceContext private EntityManager em;

  /**
   * Logs the change in the transaction that fires it (never after: a lost line is a stale index).
   */
  public void onChange(@Observes ResourceChanged e) {
    em.persist(new SearchChange(e.slug(), JobLeases.HOLDER, Instant.now()));
  }

  /** The changes other servers logged after {@code since}, oldest first. */
  public List<SearchChange> othersSince(Instant since) {
    return em.createNamedQuery("SearchChange.since", SearchChange.class)
        .setParameter("since", since)
        .setParameter("origin", JobLeases.HOLDER)
        .getResultList();
  }

  /** Removes the lines older than {@code cutoff}; how many. */
  public int removeOlderThan(Instant cutoff) {
    return em.createQuery("DELETE FROM SearchChange c WHERE c.changedAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
