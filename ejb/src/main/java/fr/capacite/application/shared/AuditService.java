package fr.capacite.application.shared;

import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.AuditEvent;
import fr.capacite.domain.shared.AuditKind;
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

  /** Newest first, filtered by kind and actor when given (criteria: no "NULL IS NULL" on Derby). */
  @RolesAllowed(Role.Names.ADMIN)
  public PageSlice<AuditEvent> search(AuditKind kind, String actor, int first, int size) {
    String a = actor == null ? "" : actor.trim();
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEvent> q = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> e = q.from(AuditEvent.class);
    q.select(e)
        .where(filters(cb, e, kind, a))
        .orderBy(cb.desc(e.get("occurredAt")), cb.desc(e.get("id")));
    List<AuditEvent> items = em.createQuery(q).setFirstResult(f).setMaxResults(s).getResultList();
    CriteriaQuery<Long> c = cb.createQuery(Long.class);
    Root<AuditEvent> ce = c.from(AuditEvent.class);
    c.select(cb.count(ce)).where(filters(cb, ce, kind, a));
    return new PageSlice<>(items, em.createQuery(c).getSingleResult(), f, s);
  }

  private static Predicate[] filters(
      CriteriaBuilder cb, Root<AuditEvent> e, AuditKind kind, String actor) {
    List<Predicate> p = new ArrayList<>();
    if (kind != null) {
      p.add(cb.equal(e.get("kind"), kind));
    }
    if (!actor.isEmpty()) {
      p.add(cb.equal(e.get("actor"), actor));
    }
    return p.toArray(Predicate[]::new);
  }
}
