package fr.capacite.application.library;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Views and downloads of a resource, counted by atomic SQL increments: concurrent readers never
 * collide (each adds one under the row lock for an instant) and never touch the resource's
 * optimistic-lock version, so a read cannot fail because of another read or an edit.
 */
@Stateless
@PermitAll
public class ResourceCounters {

  @PersistenceContext private EntityManager em;

  /** A view of the resource at this address (its canonical one). */
  public void viewed(String slug) {
    em.createNativeQuery("UPDATE learning_resource SET views = views + 1 WHERE slug = ?")
        .setParameter(1, slug)
        .executeUpdate();
  }

  public void downloaded(long resourceId) {
    em.createNativeQuery("UPDATE learning_resource SET downloads = downloads + 1 WHERE id = ?")
        .setParameter(1, resourceId)
        .executeUpdate();
  }

  /** A merged duplicate's counts move to the resource that absorbs it. */
  public void moveCounts(long fromId, long toId) {
    em.createNativeQuery(
            "UPDATE learning_resource SET views = views + (SELECT f.views FROM learning_resource f"
                + " WHERE f.id = ?), downloads = downloads + (SELECT f.downloads FROM"
                + " learning_resource f WHERE f.id = ?) WHERE id = ?")
        .setParameter(1, fromId)
        .setParameter(2, fromId)
        .setParameter(3, toId)
        .executeUpdate();
  }
}
