package fr.capacite.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** SQL as any other client of the database would send it, each statement in its transaction. */
@Stateless
@PermitAll
public class NativeSql {

  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int update(String sql) {
    return em.createNativeQuery(sql).executeUpdate();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String text(String sql) {
    Object v = em.createNativeQuery(sql).getSingleResult();
    return v == null ? null : v.toString();
  }
}
