package fr.capacite.testing;

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
}
