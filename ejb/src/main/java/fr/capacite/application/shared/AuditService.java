package fr.capacite.application.shared;

import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.AuditEvent;
import fr.capacite.domain.shared.AuditKind;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;

/** Writes and reads the audit log (logins, failed logins, role and referential changes). */
@Stateless
public class AuditService {

  @PersistenceContext private EntityManager em;

  /**
   * Records an event in its own transaction, so that a failed login is logged even though the
   * caller's work is refused.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(AuditKind kind, String actor, String subject, String detail) {
    em.persist(new AuditEvent(kind, actor, subject, detail));
  }

  /** Records an event inside the caller's transaction: it is kept only if the change is. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordWithChange(AuditKind kind, String actor, String subject, String detail) {
    em.persist(new AuditEvent(kind, actor, subject, detail));
  }

  /** The zone in which the log's days are read (the organisations' zone). */
  public static final java.time.ZoneId ZONE = FrenchTime.ZONE;

  /** The filters of the log: each may be null (or blank for the actor). */
  public record Filter(
      AuditKind kind, String actor, java.time.LocalDate from, java.time.LocalDate to)
      implements java.io.Serializable {

    public Filter {
      actor = actor == null ? "" : actor.trim();
      if (from != null && to != null && to.isBefore(from)) {
        throw new InvalidInputException("admin.audit.badPeriod");
      }
    }
  }

  /**
   * Newest first, filtered by kind, actor and days (Paris days, both included) when given
   * (criteria: no "NULL IS NULL" on Derby).
   */
  @RolesAllowed(Role.Names.ADMIN)
  public PageSlice<AuditEvent> search(Filter filter, int first, int size) {
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEvent> q = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> e = q.from(AuditEvent.class);
    q.select(e)
        .where(filters(cb, e, filter))
        .orderBy(cb.desc(e.get("occurredAt")), cb.desc(e.get("id")));
    List<AuditEvent> items = em.createQuery(q).setFirstResult(f).setMaxResults(s).getResultList();
    CriteriaQuery<Long> c = cb.createQuery(Long.class);
    Root<AuditEvent> ce = c.from(AuditEvent.class);
    c.select(cb.count(ce)).where(filters(cb, ce, filter));
    return new PageSlice<>(items, em.createQuery(c).getSingleResult(), f, s);
  }

  /**
   * One batch of the export, oldest first, after the event {@code afterId} (keyset paging: the
   * export walks a log of any size in constant memory, each batch an indexed range).
   */
  @RolesAllowed(Role.Names.ADMIN)
  public List<AuditEvent> exportBatch(Filter filter, long afterId, int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEvent> q = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> e = q.from(AuditEvent.class);
    List<Predicate> p = new ArrayList<>(List.of(filters(cb, e, filter)));
    p.add(cb.greaterThan(e.get("id"), afterId));
    q.select(e).where(p.toArray(Predicate[]::new)).orderBy(cb.asc(e.get("id")));
    return em.createQuery(q).setMaxResults(Math.min(Math.max(size, 1), 1000)).getResultList();
  }

  private static Predicate[] filters(CriteriaBuilder cb, Root<AuditEvent> e, Filter filter) {
    List<Predicate> p = new ArrayList<>();
    if (filter.kind() != null) {
      p.add(cb.equal(e.get("kind"), filter.kind()));
    }
    if (!filter.actor().isEmpty()) {
      p.add(cb.equal(e.get("actor"), filter.actor()));
    }
    if (filter.from() != null) {
      p.add(
          cb.greaterThanOrEqualTo(
              e.get("occurredAt"), filter.from().atStartOfDay(ZONE).toInstant()));
    }
    if (filter.to() != null) {
      p.add(
          cb.lessThan(e.get("occurredAt"), filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
    }
    return p.toArray(Predicate[]::new);
  }
}
