package fr.capacite.application.jury;

import fr.capacite.application.shared.KeptAnswers;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.jury.CompetenceOutcomes;
import fr.capacite.domain.jury.ExamStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The share of criteria met per competence at published sessions, nationally and for one
 * organisation's candidates ({@link CompetenceOutcomes}), kept {@link #FRESH} per question ({@link
 * KeptAnswers}): published results change a few times a month, and the national figure reads every
 * published score.
 */
@Singleton
@Lock(LockType.READ)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
public class JuryOutcomeFigures {

  static final Duration FRESH = Duration.ofMinutes(10);

  /** The national figure and a few hundred organisations. */
  static final int KEPT = 500;

  /** The key of the national figure (organisations' ids are positive). */
  static final long NATIONAL = 0L;

  /** Per competence id, its counts; and when they were computed. */
  public record Counts(Map<Long, CompetenceOutcomes.Share> byCompetence, Instant computedAt)
      implements Serializable {}

  private final KeptAnswers<Long, Counts> kept = new KeptAnswers<>(FRESH, KEPT, Counts::computedAt);

  @PersistenceContext private EntityManager em;

  public Counts national() {
    return kept.get(NATIONAL, () -> compute(null));
  }

  public Counts of(long organisationId) {
    return kept.get(organisationId, () -> compute(organisationId));
  }

  /**
   * Published results change the figures: they are computed again by their next readers (on this
   * server; another server's within {@link #FRESH}).
   */
  @jakarta.annotation.security.PermitAll
  public void onResultsPublished(
      @jakarta.enterprise.event.Observes(
              during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
          ResultsPublished event) {
    kept.clear();
  }

  /** Forgets the kept figures (a test that publishes by other means). */
  @jakarta.annotation.security.PermitAll
  public void forget() {
    kept.clear();
  }

  private Counts compute(Long organisationId) {
    TypedQuery<Object[]> q =
        em.createQuery(
            "SELECT s.itemKey, COUNT(s), SUM(CASE WHEN s.score >= :metFrom THEN 1 ELSE 0 END),"
                + " COUNT(DISTINCT sh.candidate.id) FROM SheetScore s JOIN s.sheet sh WHERE"
                + " sh.session.status = :published AND sh.submittedAt IS NOT NULL"
                + (organisationId == null ? "" : " AND sh.candidate.cohort.organisation.id = :org")
                + " GROUP BY s.itemKey",
            Object[].class);
    q.setParameter("metFrom", CompetenceOutcomes.MET_FROM);
    q.setParameter("published", ExamStatus.PUBLISHED);
    if (organisationId != null) {
      q.setParameter("org", organisationId);
    }
    List<CompetenceOutcomes.Item> items =
        q.getResultList().stream()
            .map(
                r ->
                    new CompetenceOutcomes.Item(
                        (String) r[0],
                        ((Number) r[1]).longValue(),
                        r[2] == null ? 0 : ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue()))
            .toList();
    return new Counts(CompetenceOutcomes.perCompetence(items, competences(items)), Instant.now());
  }

  /** Each item's competence: criteria read in one query, competences named by the item itself. */
  private Map<String, Long> competences(List<CompetenceOutcomes.Item> items) {
    Map<String, Long> out = new HashMap<>();
    Set<Long> criteria = new HashSet<>();
    for (CompetenceOutcomes.Item i : items) {
      CompetenceOutcomes.competence(i.key()).ifPresent(c -> out.put(i.key(), c));
      CompetenceOutcomes.criterion(i.key()).ifPresent(criteria::add);
    }
    if (!criteria.isEmpty()) {
      em.createQuery(
              "SELECT k.id, k.competence.id FROM Criterion k WHERE k.id IN :ids", Object[].class)
          .setParameter("ids", criteria)
          .getResultList()
          .forEach(r -> out.put("k:" + r[0], (Long) r[1]));
    }
    return out;
  }
}
