package fr.capacite.testing;

import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads stored revisions straight from the database, for the immutability tests. */
@Stateless
@PermitAll
public class LibraryTestData {

  @PersistenceContext private EntityManager em;

  /** The title of a stored revision, read straight from the database. */
  public String storedTitle(String slug, int number) {
    return em.createQuery(
            "SELECT v.title FROM ResourceRevision v WHERE v.resource.slug = :s AND v.number = :n",
            String.class)
        .setParameter("s", slug)
        .setParameter("n", number)
        .getSingleResult();
  }

  /** Moves a resource's label date into the past, as if a year had gone by. */
  public void expireLabel(String slug) {
    em.createQuery(
            "UPDATE LearningResource r SET r.labelUntil = :d, r.labelledAt = :a WHERE r.slug = :s")
        .setParameter("d", FrenchTime.today().minusDays(1))
        .setParameter("a", FrenchTime.today().minusYears(1).minusDays(1))
        .setParameter("s", slug)
        .executeUpdate();
  }

  /** The id of a competence of a version's block, by its order (1-based). */
  public long competenceId(String versionCode, String blockCode, int order) {
    return em.createQuery(
            "SELECT c.id FROM Competence c WHERE c.block.certificationVersion.code = :v AND"
                + " c.block.code = :b AND c.sortOrder = :o",
            Long.class)
        .setParameter("v", versionCode)
        .setParameter("b", blockCode)
        .setParameter("o", order)
        .getSingleResult();
  }

  public long userId(String username) {
    return em.createQuery("SELECT u.id FROM User u WHERE u.username = :u", Long.class)
        .setParameter("u", username)
        .getSingleResult();
  }
}
