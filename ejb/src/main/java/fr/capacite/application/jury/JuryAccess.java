package fr.capacite.application.jury;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.jury.ExamSession;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one place that decides who may see an exam session: the managers of its centre (and the
 * administrators), and the jurors who sit on it. Anything else does not exist for the caller.
 */
@Stateless
@PermitAll
public class JuryAccess {

  @PersistenceContext private EntityManager em;
  @EJB private OrganisationAccess access;

  /** The session if the caller manages its centre or sits on its jury. */
  public ExamSession visible(long id) {
    ExamSession s = em.find(ExamSession.class, id);
    if (s == null || !(access.canManage(s.getCentre().getId()) || judges(s))) {
      throw new ObjectNotFoundException("exam-session", id);
    }
    return s;
  }

  /** Whether the caller sits on the session's jury. A question: it throws nothing. */
  public boolean judges(ExamSession s) {
    return !em.createQuery(
            "SELECT j.id FROM JuryMember j WHERE j.session = :s AND j.juror.username = :me",
            Long.class)
        .setParameter("s", s)
        .setParameter("me", access.caller())
        .getResultList()
        .isEmpty();
  }
}
