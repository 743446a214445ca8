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

  @RolesAllowed(Role.Names.ADMIN)
  public PageSlice<AuditEvent> search(AuditKind kind, String actor, int first, int size) {
    String a = actor == null ? "" : actor.trim();
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    var items =
        em.createNamedQuery("AuditEvent.search", AuditEvent.class)
            .setParameter("kind", kind)
            .setParameter("actor", a)
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList();
    long total =
        em.createNamedQuery("AuditEvent.countSearch", Long.class)
            .setParameter("kind", kind)
            .setParameter("actor", a)
            .getSingleResult();
    return new PageSlice<>(items, total, f, s);
  }
}
