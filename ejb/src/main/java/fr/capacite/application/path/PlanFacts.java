package fr.capacite.application.path;

import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.BlockResult;
import fr.capacite.domain.jury.Capitalisation;
import fr.capacite.domain.path.Deadline;
import fr.capacite.domain.path.Deadlines;
import fr.capacite.domain.path.GapAnalysis;
import fr.capacite.domain.path.LearningPlan;
import fr.capacite.domain.path.ModuleCompletion;
import fr.capacite.domain.path.ModuleOffer;
import fr.capacite.domain.path.PathStep;
import fr.capacite.domain.path.PathTemplate;
import fr.capacite.domain.path.PixResult;
import fr.capacite.domain.path.TrainingModule;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockEquivalence;
import fr.capacite.domain.referential.CertificationVersion;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a plan is computed from: block history (jury results), equivalences, completed
 * modules, Pix levels and trainings; a fixed number of queries per plan. Callers check access
 * first.
 */
@Stateless
@PermitAll
public class PlanFacts {

  @PersistenceContext private EntityManager em;
  @jakarta.ejb.EJB private CatalogueService catalogue;

  public Optional<LearningPlan> planEntity(User learner) {
    return em.createNamedQuery("LearningPlan.findByLearner", LearningPlan.class)
        .setParameter("learner", learner)
        .getResultStream()
        .findFirst();
  }

  /** The plan as shown, computed now: results published or sheets certified show at once. */
  public PlanView plan(User learner, LocalDate today) {
    Facts f = facts(learner, today);
    PathTemplate t = f.plan == null ? null : f.plan.getTemplate();
    List<PlanView.Step> steps = List.of();
    GapAnalysis.Report report = null;
    if (t != null) {
      Map<Long, List<ModuleOffer>> byId =
          catalogue.offers(t.getSteps().stream().map(s -> s.getModule().getId()).toList(), today);
      Map<TrainingModule, List<ModuleOffer>> offers = new HashMap<>();
      t.getSteps()
          .forEach(
              s -> offers.put(s.getModule(), byId.getOrDefault(s.getModule().getId(), List.of())));
      report = GapAnalysis.analyse(t, f.held, f.completions, offers, f.plan.getStartedOn(), today);
      steps =
          report.steps().stream()
              .map(
                  g ->
                      new PlanView.Step(
                          g.rank(),
                          g.module().getCode(),
                          g.module().getTitle(),
                          g.module().getHours(),
                          g.state(),
                          g.missingPrerequisites().stream().map(CatalogueService::label).toList(),
                          g.offers()))
              .toList();
    }
    List<PlanView.DeadlineView> deadlines =
        deadlines(f, today).stream().map(d -> PlanView.DeadlineView.of(d, today)).toList();
    return new PlanView(
        learner.getUsername(),
        learner.getDisplayName(),
        t == null ? null : t.getCode(),
        t == null ? null : t.getTitle(),
        t == null ? null : t.getObjective(),
        f.plan == null ? null : f.plan.getStartedOn(),
        f.plan == null ? 0 : f.plan.getVersion(),
        heldBlocks(f, today),
        f.completions.stream()
            .map(
                c ->
                    new PlanView.Completed(
                        c.getModule().getCode(),
                        c.getModule().getTitle(),
                        c.getHours(),
                        c.getCompletedOn(),
                        c.getCohort() == null ? null : c.getCohort().getTitle()))
            .toList(),
        f.completions.stream().mapToInt(ModuleCompletion::getHours).sum(),
        pixLevels(learner),
        steps,
        report == null
            ? List.of()
            : report.missingBlocks().stream().map(CatalogueService::label).toList(),
        report == null
            ? List.of()
            : report.uncoveredBlocks().stream().map(CatalogueService::label).toList(),
        report == null ? 0 : report.totalHours(),
        report == null ? 0 : report.doneHours(),
        report == null ? 0 : report.percent(),
        report == null ? 0 : report.planYear(),
        report == null ? 0 : report.modulesDue(),
        report == null ? 0 : report.modulesDone(),
        report != null && report.objectiveMet(),
        deadlines);
  }

  /** Deadlines of a person, for the reminder job. */
  public List<Deadline> deadlines(User learner, LocalDate today) {
    return deadlines(facts(learner, today), today);
  }

  private List<Deadline> deadlines(Facts f, LocalDate today) {
    List<Deadlines.Training> trainings = new ArrayList<>();
    for (Enrolment e : f.enrolments) {
      if (e.getStatus() == EnrolmentStatus.ENROLLED && !e.getCohort().getEndDate().isAfter(today)) {
        trainings.add(
            new Deadlines.Training(
                e.getCohort().getCode(), e.getCohort().getEndDate(), e.getCohort().getBlocks()));
      }
    }
    return Deadlines.of(trainings, f.history, f.held, f.plan, f.completions, today);
  }

  private record Facts(
      LearningPlan plan,
      List<BlockResult> history,
      Set<Block> held,
      List<ModuleCompletion> completions,
      List<Enrolment> enrolments,
      List<BlockEquivalence> equivalences) {}

  private Facts facts(User learner, LocalDate today) {
    LearningPlan plan = planEntity(learner).orElse(null);
    List<BlockResult> history =
        em.createNamedQuery("BlockResult.findByLearner", BlockResult.class)
            .setParameter("learner", learner)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "r.session")
            .getResultList();
    List<BlockEquivalence> equivalences =
        em.createNamedQuery("BlockEquivalence.findAll", BlockEquivalence.class).getResultList();
    List<ModuleCompletion> completions =
        em.createNamedQuery("ModuleCompletion.findByLearner", ModuleCompletion.class)
            .setParameter("learner", learner)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "c.module.prerequisites")
            .setHint("eclipselink.batch", "c.module.block")
            .setHint("eclipselink.batch", "c.cohort")
            .getResultList();
    List<Enrolment> enrolments =
        em.createQuery(
                "SELECT e FROM Enrolment e JOIN FETCH e.cohort WHERE e.learner = :learner",
                Enrolment.class)
            .setParameter("learner", learner)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "e.cohort.blocks")
            .getResultList();
    Set<CertificationVersion> versions = new HashSet<>();
    history.forEach(r -> versions.add(r.getBlock().getCertificationVersion()));
    if (plan != null && plan.getTemplate().getCertificationVersion() != null) {
      versions.add(plan.getTemplate().getCertificationVersion());
    }
    if (plan != null) {
      for (PathStep s : plan.getTemplate().getSteps()) {
        s.getModule().getPrerequisites().forEach(b -> versions.add(b.getCertificationVersion()));
        if (s.getModule().getBlock() != null) {
          versions.add(s.getModule().getBlock().getCertificationVersion());
        }
      }
    }
    Set<Block> held = new HashSet<>();
    for (CertificationVersion v : versions) {
      held.addAll(Capitalisation.held(history, equivalences, v, today).keySet());
    }
    return new Facts(plan, history, held, completions, enrolments, equivalences);
  }

  /** Blocks acquired (latest decision in force), and those held through an equivalence (R7). */
  private List<PlanView.HeldBlock> heldBlocks(Facts f, LocalDate today) {
    Map<Block, BlockResult> acquired = new LinkedHashMap<>();
    for (BlockResult r : f.history) {
      if (r.isAcquired()) {
        acquired.putIfAbsent(r.getBlock(), r);
      }
    }
    List<PlanView.HeldBlock> out = new ArrayList<>();
    for (BlockResult r : acquired.values()) {
      CertificationVersion v = r.getBlock().getCertificationVersion();
      out.add(
          new PlanView.HeldBlock(
              v.getCode(),
              r.getBlock().getCode(),
              r.getBlock().getTitle(),
              r.getSession() == null ? null : r.getSession().getTitle(),
              false,
              r.getDecidedOn(),
              v.getValidUntil() == null
                  ? null
                  : v.getValidUntil().plusYears(Capitalisation.YEARS_AFTER_END),
              Capitalisation.counts(v, today)));
    }
    for (Block b : f.held) {
      if (acquired.containsKey(b)) {
        continue;
      }
      f.history.stream()
          .filter(BlockResult::isAcquired)
          .filter(
              r ->
                  f.equivalences.stream()
                      .anyMatch(
                          e -> e.getFromBlock().equals(r.getBlock()) && e.getToBlock().equals(b)))
          .findFirst()
          .ifPresent(
              r ->
                  out.add(
                      new PlanView.HeldBlock(
                          b.getCertificationVersion().getCode(),
                          b.getCode(),
                          b.getTitle(),
                          CatalogueService.label(r.getBlock()),
                          true,
                          r.getDecidedOn(),
                          null,
                          true)));
    }
    out.sort(Comparator.comparing(PlanView.HeldBlock::acquiredOn));
    return out;
  }

  /** The latest level per Pix competence. */
  private List<PlanView.PixLevel> pixLevels(User learner) {
    Map<String, PixResult> latest = new LinkedHashMap<>();
    for (PixResult r :
        em.createNamedQuery("PixResult.findByLearner", PixResult.class)
            .setParameter("learner", learner)
            .getResultList()) {
      latest.put(r.getCompetence().getCode(), r);
    }
    return latest.values().stream()
        .sorted(Comparator.comparing(r -> r.getCompetence().getCode()))
        .map(
            r ->
                new PlanView.PixLevel(
                    r.getCompetence().getCode(),
                    r.getCompetence().getTitle(),
                    r.getLevel(),
                    PixResult.band(r.getLevel()),
                    r.getAssessedOn()))
        .toList();
  }
}
