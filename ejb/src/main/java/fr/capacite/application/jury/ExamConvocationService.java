package fr.capacite.application.jury;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.jury.ExamCandidate;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.jury.ExamSession;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.domain.organisation.Site;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Convocations to exam sessions: for the candidate, and for the managers of the centre that holds
 * the session (and administrators); anyone else finds no such candidate.
 */
@Stateless
public class ExamConvocationService {

  /** An exam session the caller sits, as their results page lists it. */
  public record MyExam(
      long candidateId, String title, LocalDate day, String place, ExamModality modality)
      implements java.io.Serializable {}

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private OrganisationAccess access;

  /** The convocation as PDF/A, in the language asked. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.MEDIATOR})
  public byte[] convocation(long candidateId, Locale locale) {
    return ExamConvocations.pdf(facts(candidateId), locale);
  }

  /** The caller's exam sessions still to come (today's included), soonest first. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public List<MyExam> mine() {
    return em
        .createQuery(
            "SELECT c FROM ExamCandidate c JOIN FETCH c.session s JOIN FETCH s.site WHERE"
                + " c.learner.username = :me AND s.day >= :today AND s.status <> :published ORDER"
                + " BY s.day",
            ExamCandidate.class)
        .setParameter("me", ctx.getCallerPrincipal().getName())
        .setParameter("today", LocalDate.now(JurorService.ZONE))
        .setParameter("published", ExamStatus.PUBLISHED)
        .setMaxResults(50)
        .getResultList()
        .stream()
        .map(
            c ->
                new MyExam(
                    c.getId(),
                    c.getSession().getTitle(),
                    c.getSession().getDay(),
                    c.getSession().getSite().getName(),
                    c.getModality()))
        .toList();
  }

  ExamConvocations.Facts facts(long candidateId) {
    ExamCandidate c = em.find(ExamCandidate.class, candidateId);
    if (c == null) {
      throw new ObjectNotFoundException("candidate", candidateId);
    }
    ExamSession s = c.getSession();
    boolean self = c.getLearner().getUsername().equals(ctx.getCallerPrincipal().getName());
    if (!self
        && !ctx.isCallerInRole(Role.Names.ADMIN)
        && !(ctx.isCallerInRole(Role.Names.ORG_MANAGER)
            && access.canManage(s.getCentre().getId()))) {
      throw new ObjectNotFoundException("candidate", candidateId);
    }
    Site site = s.getSite();
    var centre = s.getCentre();
    var version = s.getCertificationVersion();
    boolean remote = c.getModality() == ExamModality.REMOTE;
    return new ExamConvocations.Facts(
        c.getLearner().getDisplayName(),
        centre.getName(),
        centre.getSiret(),
        s.getTitle(),
        version.getTitle(),
        version.getRncpCode(),
        s.getDay(),
        remote,
        site.getName(),
        site.getAddress() + ", " + site.getPostalCode() + " " + site.getCity(),
        site.getReferentEmail() == null
            ? null
            : (site.getReferentName() == null ? "" : site.getReferentName() + ", ")
                + site.getReferentEmail(),
        s.getBlocksInOrder().stream()
            .map(blk -> new ExamConvocations.Block(blk.getCode(), blk.getTitle()))
            .toList(),
        LocalDate.now(JurorService.ZONE));
  }
}
