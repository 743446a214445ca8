package fr.capacite.application.logbook;

import fr.capacite.domain.referential.CertificationVersion;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The competences a logbook entry can illustrate — those of the title version in force — kept until
 * the day changes or the referential does. Every logging asked for them (the suggestion reads
 * them): the versions, their blocks and competences were a fifth of a logging's time
 * (bench/RESULTS.md). Whether the referential changed is one read of three small tables' counts,
 * highest keys and the sums of their {@code @Version} columns, which every change moves.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class CompetencesInForce {

  private record Kept(
      List<Long> stamp, LocalDate day, List<LogbookService.CompetenceChoice> choices) {}

  @PersistenceContext private EntityManager em;

  private volatile Kept kept;

  /** The competences of the version in force on the day, block by block in their order. */
  public List<LogbookService.CompetenceChoice> choices(LocalDate today) {
    List<Long> stamp = stamp();
    Kept k = kept;
    if (k != null && k.day().equals(today) && k.stamp().equals(stamp)) {
      return k.choices();
    }
    // Two readers may compute it at once after a change: both find the same, the last one stays.
    List<LogbookService.CompetenceChoice> choices = compute(today);
    kept = new Kept(stamp, today, choices);
    return choices;
  }

  private List<LogbookService.CompetenceChoice> compute(LocalDate today) {
    List<CertificationVersion> versions =
        CertificationVersion.inForceFirst(
            em.createQuery("SELECT v FROM CertificationVersion v", CertificationVersion.class)
                .getResultList(),
            today);
    // The versions in force come first; one whose competences are not known yet (a version just
    // imported without them) gives way to the next.
    for (CertificationVersion v : versions) {
      List<LogbookService.CompetenceChoice> out = LogbookService.competencesOf(em, v);
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  private List<Long> stamp() {
    List<Long> out = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT COUNT(*), MAX(id), SUM(version) FROM certification_version UNION ALL"
                    + " SELECT COUNT(*), MAX(id), SUM(version) FROM block UNION ALL SELECT"
                    + " COUNT(*), MAX(id), SUM(version) FROM competence")
            .getResultList()) {
      for (Object cell : (Object[]) row) {
        out.add(cell == null ? -1L : ((Number) cell).longValue());
      }
    }
    return out;
  }
}
