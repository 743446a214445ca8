package fr.capacite.application.jury;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.ConflictScreening;
import fr.capacite.domain.jury.ExamCandidate;
import fr.capacite.domain.jury.ExamSession;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    return findSeat(s).isPresent();
  }

  /** The caller's account if they sit on the session's jury (one query for both questions). */
  public java.util.Optional<User> findSeat(ExamSession s) {
    return em.createQuery(
            "SELECT j.juror FROM JuryMember j WHERE j.session = :s AND j.juror.username = :me",
            User.class)
        .setParameter("s", s)
        .setParameter("me", access.caller())
        .getResultStream()
        .findFirst();
  }

  /**
   * Whether the caller sits on the candidate's jury and is not excluded from this candidate (R3: a
   * conflict of interest). An excluded juror sees nothing of the candidate: not the score sheet,
   * nor the evidence, nor the DP.
   */
  public boolean judgesCandidate(ExamCandidate c) {
    User me = findSeat(c.getSession()).orElse(null);
    if (me == null) {
      return false;
    }
    User learner = c.getLearner();
    JuryFacts facts = new JuryFacts(em);
    Map<Long, String> employers = new HashMap<>();
    employers.put(learner.getId(), c.getEmployer());
    return ConflictScreening.exclusions(
            facts.jurors(List.of(me), List.of(learner)).get(me.getId()),
            facts.candidates(List.of(learner), employers).get(learner.getId()))
        .isEmpty();
  }
}
