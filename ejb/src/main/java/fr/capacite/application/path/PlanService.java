package fr.capacite.application.path;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.path.LearningPlan;
import fr.capacite.domain.path.ModuleCompletion;
import fr.capacite.domain.path.PathTemplate;
import fr.capacite.domain.path.TrainingModule;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Individual learning plans: a mediator sees theirs and chooses an objective; an organisation's
 * staff see the plans of their own learners only, and record modules they delivered.
 */
@Stateless
public class PlanService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private PlanFacts facts;
  @EJB private AuditService audit;
  @Inject private Event<ModuleCompleted> completed;

  /** The caller's own plan. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public PlanView myPlan() {
    return facts.plan(me(), LocalDate.now(CatalogueService.ZONE));
  }

  /** A learner's plan, for administrators or the staff of an organisation that trains them. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
  public PlanView planOf(String username) {
    return facts.plan(learnerOfMine(username), LocalDate.now(CatalogueService.ZONE));
  }

  /** Chooses (or changes) the objective; year 1 of a continuing path starts today. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public PlanView chooseObjective(String templateCode, long expectedVersion) {
    User me = me();
    PathTemplate t = template(templateCode);
    LocalDate today = LocalDate.now(CatalogueService.ZONE);
    LearningPlan plan = facts.planEntity(me).orElse(null);
    if (plan == null) {
      em.persist(new LearningPlan(me, t, today, Instant.now()));
    } else {
      if (plan.getVersion() != expectedVersion) {
        throw new ConcurrentEditException();
      }
      plan.choose(t, plan.getTemplate().equals(t) ? plan.getStartedOn() : today, Instant.now());
    }
    em.flush();
    audit.record(AuditKind.PLAN_CHANGED, me.getUsername(), me.getUsername(), t.getCode());
    return facts.plan(me, today);
  }

  /**
   * Records a module a learner completed outside a tracked cohort. The caller's organisation must
   * offer the module and train the learner (administrators may always).
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public PlanView recordCompletion(String username, String moduleCode, LocalDate day) {
    User learner = learnerOfMine(username);
    TrainingModule m = module(moduleCode);
    LocalDate today = LocalDate.now(CatalogueService.ZONE);
    if (day == null || day.isAfter(today)) {
      throw new InvalidInputException("path.completion.future");
    }
    if (!ctx.isCallerInRole(Role.Names.ADMIN)) {
      boolean offered =
          em.createQuery(
                      "SELECT COUNT(o) FROM TrainingModule m JOIN m.organisations o JOIN o.members u"
                          + " WHERE m = :m AND u.username = :me",
                      Long.class)
                  .setParameter("m", m)
                  .setParameter("me", caller())
                  .getSingleResult()
              > 0;
      if (!offered) {
        throw new InvalidInputException("path.completion.notOffered", m.getTitle());
      }
    }
    if (!em.createNamedQuery("ModuleCompletion.findByLearnerAndModule", ModuleCompletion.class)
        .setParameter("learner", learner)
        .setParameter("module", m)
        .getResultList()
        .isEmpty()) {
      throw new InvalidInputException("path.completion.exists", m.getTitle());
    }
    ModuleCompletion c =
        new ModuleCompletion(learner, m, null, day, m.getHours(), caller(), Instant.now());
    em.persist(c);
    em.flush();
    audit.record(AuditKind.PLAN_CHANGED, caller(), username, m.getCode());
    completed.fire(new ModuleCompleted(c.getId()));
    return facts.plan(learner, today);
  }

  /**
   * The learners of the caller's organisations (every learner for administrators), with their
   * objective and counts: three queries per page whatever its size.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
  public PageSlice<LearnerPlanSummary> learners(int first, int size) {
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    boolean admin = ctx.isCallerInRole(Role.Names.ADMIN);
    String from =
        admin
            ? " FROM Enrolment e JOIN e.learner l"
            : " FROM Enrolment e JOIN e.learner l JOIN e.cohort.organisation o JOIN o.members m"
                + " WHERE m.username = :me AND"
                + CONSENTED;
    var q =
        em.createQuery(
            "SELECT DISTINCT l.username, l.displayName"
                + from
                + " ORDER BY l.displayName, l.username",
            Object[].class);
    var c = em.createQuery("SELECT COUNT(DISTINCT l.id)" + from, Long.class);
    if (!admin) {
      q.setParameter("me", caller());
      c.setParameter("me", caller());
    }
    List<Object[]> rows = q.setFirstResult(f).setMaxResults(s).getResultList();
    List<String> names = rows.stream().map(r -> (String) r[0]).toList();
    Map<String, String> objectives = new HashMap<>();
    Map<String, Long> modules = new HashMap<>();
    if (!names.isEmpty()) {
      for (Object[] r :
          em.createQuery(
                  "SELECT p.learner.username, p.template.title FROM LearningPlan p"
                      + " WHERE p.learner.username IN :names",
                  Object[].class)
              .setParameter("names", names)
              .getResultList()) {
        objectives.put((String) r[0], (String) r[1]);
      }
      for (Object[] r :
          em.createQuery(
                  "SELECT c.learner.username, COUNT(c) FROM ModuleCompletion c"
                      + " WHERE c.learner.username IN :names GROUP BY c.learner.username",
                  Object[].class)
              .setParameter("names", names)
              .getResultList()) {
        modules.put((String) r[0], (Long) r[1]);
      }
    }
    List<LearnerPlanSummary> items =
        rows.stream()
            .map(
                r ->
                    new LearnerPlanSummary(
                        (String) r[0],
                        (String) r[1],
                        objectives.get((String) r[0]),
                        modules.getOrDefault((String) r[0], 0L).intValue()))
            .toList();
    return new PageSlice<>(items, c.getSingleResult(), f, s);
  }

  /**
   * A learner's own data is the organisation's to see only while they hold a place there that they
   * accepted (their consent): not on a place merely offered, nor after they left.
   */
  private static final String CONSENTED =
      " e.status <> fr.capacite.domain.cohort.EnrolmentStatus.WITHDRAWN AND e.acceptedAt IS NOT NULL";

  private User learnerOfMine(String username) {
    User learner =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("learner", username));
    if (ctx.isCallerInRole(Role.Names.ADMIN)) {
      return learner;
    }
    long shared =
        em.createQuery(
                "SELECT COUNT(e) FROM Enrolment e JOIN e.cohort.organisation o JOIN o.members m"
                    + " WHERE e.learner = :learner AND m.username = :me AND"
                    + CONSENTED,
                Long.class)
            .setParameter("learner", learner)
            .setParameter("me", caller())
            .getSingleResult();
    if (shared == 0) {
      // Not one of the caller's learners: does not exist for them.
      throw new ObjectNotFoundException("learner", username);
    }
    return learner;
  }

  private PathTemplate template(String code) {
    return em.createNamedQuery("PathTemplate.findByCode", PathTemplate.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new ObjectNotFoundException("path", code));
  }

  private TrainingModule module(String code) {
    return em.createNamedQuery("TrainingModule.findByCode", TrainingModule.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new ObjectNotFoundException("module", code));
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
