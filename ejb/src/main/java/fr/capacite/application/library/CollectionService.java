package fr.capacite.application.library;

import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.library.CollectionItem;
import fr.capacite.domain.library.LearningResource;
import fr.capacite.domain.library.ResourceCollection;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Personal and shared collections of resources; only the owner changes a collection. */
@Stateless
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.ORG_MANAGER,
  Role.Names.TRAINER,
  Role.Names.JUROR,
  Role.Names.MEDIATOR,
  Role.Names.CURATOR
})
public class CollectionService {

  public record CollectionRow(
      long id,
      String name,
      String description,
      boolean shared,
      String owner,
      long items,
      boolean mine,
      long entityVersion)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private LibraryReader reader;

  /** The caller's collections, by name. */
  public PageSlice<CollectionRow> mine(int first, int size) {
    return page("FROM ResourceCollection c WHERE c.owner.username = :u", first, size, caller());
  }

  /** Collections others share, by name. */
  public PageSlice<CollectionRow> shared(int first, int size) {
    return page(
        "FROM ResourceCollection c WHERE c.shared = TRUE AND c.owner.username <> :u",
        first,
        size,
        caller());
  }

  public long create(String name, String description, boolean shared) {
    ResourceCollection c = new ResourceCollection(me(), Instant.now());
    describe(c, name, description, shared);
    em.persist(c);
    em.flush();
    return c.getId();
  }

  public CollectionRow update(
      long id, long expectedVersion, String name, String description, boolean shared) {
    ResourceCollection c = owned(id);
    if (c.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    describe(c, name, description, shared);
    em.flush();
    return get(id);
  }

  public void delete(long id) {
    ResourceCollection c = owned(id);
    em.createQuery("DELETE FROM CollectionItem i WHERE i.collection = :c")
        .setParameter("c", c)
        .executeUpdate();
    em.remove(c);
  }

  /** Adds a resource the caller may read (a second time changes nothing). */
  public void add(long id, String slug) {
    ResourceCollection c = owned(id);
    LearningResource r = reader.resource(slug);
    long already =
        em.createQuery(
                "SELECT COUNT(i) FROM CollectionItem i WHERE i.collection = :c AND i.resource ="
                    + " :r",
                Long.class)
            .setParameter("c", c)
            .setParameter("r", r)
            .getSingleResult();
    if (already == 0) {
      em.persist(new CollectionItem(c, r, Instant.now()));
    }
  }

  public void remove(long id, String slug) {
    ResourceCollection c = owned(id);
    LearningResource r = reader.resource(slug);
    em.createQuery("DELETE FROM CollectionItem i WHERE i.collection = :c AND i.resource = :r")
        .setParameter("c", c)
        .setParameter("r", r)
        .executeUpdate();
  }

  /** A collection the caller owns or that is shared. */
  public CollectionRow get(long id) {
    ResourceCollection c = visible(id);
    return row(c, count(c));
  }

  /** The resources of a visible collection, most recently added first. */
  public PageSlice<LibraryViews.Summary> items(long id, int first, int size) {
    ResourceCollection c = visible(id);
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    List<LearningResource> page =
        em.createQuery(
                "SELECT i.resource FROM CollectionItem i WHERE i.collection = :c ORDER BY"
                    + " i.addedAt DESC",
                LearningResource.class)
            .setParameter("c", c)
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList();
    return new PageSlice<>(reader.summaries(page), count(c), f, s);
  }

  private void describe(ResourceCollection c, String name, String description, boolean shared) {
    try {
      c.describe(name, description, shared);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }

  private PageSlice<CollectionRow> page(String from, int first, int size, String user) {
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    List<Object[]> rows =
        em.createQuery(
                "SELECT c, (SELECT COUNT(i) FROM CollectionItem i WHERE i.collection = c) "
                    + from
                    + " ORDER BY c.name",
                Object[].class)
            .setParameter("u", user)
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(c) " + from, Long.class)
            .setParameter("u", user)
            .getSingleResult();
    return new PageSlice<>(
        rows.stream()
            .map(o -> row((ResourceCollection) o[0], ((Number) o[1]).longValue()))
            .toList(),
        total,
        f,
        s);
  }

  private CollectionRow row(ResourceCollection c, long items) {
    return new CollectionRow(
        c.getId(),
        c.getName(),
        c.getDescription(),
        c.isShared(),
        c.getOwner().getDisplayName(),
        items,
        c.getOwner().getUsername().equals(caller()),
        c.getVersion());
  }

  private long count(ResourceCollection c) {
    return em.createQuery(
            "SELECT COUNT(i) FROM CollectionItem i WHERE i.collection = :c", Long.class)
        .setParameter("c", c)
        .getSingleResult();
  }

  /** Someone else's private collection is reported as missing. */
  private ResourceCollection visible(long id) {
    ResourceCollection c = em.find(ResourceCollection.class, id);
    if (c == null || !(c.isShared() || c.getOwner().getUsername().equals(caller()))) {
      throw new ObjectNotFoundException("collection", id);
    }
    return c;
  }

  private ResourceCollection owned(long id) {
    ResourceCollection c = em.find(ResourceCollection.class, id);
    if (c == null || !c.getOwner().getUsername().equals(caller())) {
      throw new ObjectNotFoundException("collection", id);
    }
    return c;
  }

  private User me() {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", caller())
        .getSingleResult();
  }

  private String caller() {
    return ctx.getCallerPrincipal().getName();
  }
}
