package fr.capacite.application.path;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.Programme;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.path.RoutingRuleSet;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Routing rules of each programme (R11): administrators write a new version; organisations read
 * them; positioning results keep the version they were routed with.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
public class RoutingService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private AuditService audit;

  public PositioningViews.RuleSetView rules(String programmeCode) {
    Programme p = programme(programmeCode);
    return latest(p)
        .map(s -> view(p, s))
        .orElse(
            new PositioningViews.RuleSetView(
                p.getCode(), List.copyOf(p.getPathHours()), null, List.of()));
  }

  /** Writes a new version of the rules; the previous ones stay for the results they gave. */
  @RolesAllowed(Role.Names.ADMIN)
  public PositioningViews.RuleSetView saveRules(
      String programmeCode, List<RoutingRuleSet.Draft> drafts) {
    Programme p = programme(programmeCode);
    // Two administrators saving at once must not both write version n + 1.
    em.lock(p, LockModeType.PESSIMISTIC_WRITE);
    List<RoutingRuleSet.Draft> rules = drafts == null ? List.of() : drafts;
    Optional<String> problem = RoutingRuleSet.problem(p, rules);
    if (problem.isPresent()) {
      throw new InvalidInputException(problem.get());
    }
    int next = latest(p).map(s -> s.getSetVersion() + 1).orElse(1);
    RoutingRuleSet set = new RoutingRuleSet(p, next, rules, caller(), Instant.now());
    em.persist(set);
    audit.record(
        AuditKind.CATALOGUE_CHANGED, caller(), "routing:" + p.getCode(), "version " + next);
    return view(p, set);
  }

  /** The rules in force for a programme, for routing a submitted attempt. */
  @PermitAll
  public Optional<RoutingRuleSet> inForce(Programme p) {
    return latest(p);
  }

  private Optional<RoutingRuleSet> latest(Programme p) {
    return em.createNamedQuery("RoutingRuleSet.latest", RoutingRuleSet.class)
        .setParameter("programme", p)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  static PositioningViews.RuleSetView view(Programme p, RoutingRuleSet s) {
    return new PositioningViews.RuleSetView(
        p.getCode(),
        List.copyOf(p.getPathHours()),
        s.getSetVersion(),
        s.getRules().stream()
            .map(
                r ->
                    new PositioningViews.RuleView(
                        r.getPosition(), r.getHours(), r.getMinOverall(), r.getMinWeakest()))
            .toList());
  }

  private Programme programme(String code) {
    return em.createNamedQuery("Programme.findByCode", Programme.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new ObjectNotFoundException("programme", code));
  }

  private String caller() {
    return ctx.getCallerPrincipal().getName();
  }
}
