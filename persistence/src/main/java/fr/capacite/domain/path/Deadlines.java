package fr.capacite.domain.path;

import fr.capacite.domain.jury.BlockResult;
import fr.capacite.domain.referential.Block;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deadlines of a plan: the exam within 6 months of the end of training (R11), a re-sit within one
 * year of a failure (R8) and the yearly continuing-education modules. Deadlines passed more than
 * {@link #GRACE_DAYS} days ago are dropped: they can no longer be acted on.
 */
public final class Deadlines {

  public static final int EXAM_MONTHS_AFTER_TRAINING = 6;
  public static final int RESIT_YEARS = 1;
  public static final int GRACE_DAYS = 30;

  private Deadlines() {}

  /** A finished or running training: its cohort code, last day and the blocks it trains. */
  public record Training(String cohortCode, LocalDate end, Set<Block> blocks)
      implements Serializable {}

  public static List<Deadline> of(
      Collection<Training> trainings,
      List<BlockResult> history,
      Set<Block> held,
      LearningPlan plan,
      Collection<ModuleCompletion> completions,
      LocalDate today) {
    List<Deadline> out = new ArrayList<>();
    for (Training t : trainings) {
      boolean pending =
          t.blocks().stream()
              .anyMatch(
                  b ->
                      !held.contains(b)
                          && history.stream()
                              .noneMatch(
                                  r ->
                                      r.getBlock().equals(b) && r.getDecidedOn().isAfter(t.end())));
      if (pending && !t.blocks().isEmpty()) {
        out.add(
            new Deadline(
                DeadlineKind.EXAM_AFTER_TRAINING,
                t.cohortCode(),
                t.end().plusMonths(EXAM_MONTHS_AFTER_TRAINING),
                0));
      }
    }
    Map<Block, BlockResult> latest = new HashMap<>();
    for (BlockResult r : history) {
      latest.merge(r.getBlock(), r, (a, b) -> b.getDecidedOn().isBefore(a.getDecidedOn()) ? a : b);
    }
    for (BlockResult r : latest.values()) {
      Block b = r.getBlock();
      if (!r.isAcquired() && !held.contains(b)) {
        String subject = b.getCertificationVersion().getCode() + " " + b.getCode();
        out.add(
            new Deadline(DeadlineKind.RESIT, subject, r.getDecidedOn().plusYears(RESIT_YEARS), 0));
      }
    }
    if (plan != null && plan.getTemplate().getKind() == PathKind.CONTINUING) {
      int year = GapAnalysis.planYear(plan.getStartedOn(), today);
      int due = plan.getTemplate().modulesDueInYear(year);
      LocalDate start = plan.getStartedOn().plusYears(year - 1L);
      LocalDate end = start.plusYears(1).minusDays(1);
      long done =
          completions.stream()
              .filter(c -> c.getModule().getKind() == ModuleKind.THEMATIC)
              .filter(c -> !c.getCompletedOn().isBefore(start) && !c.getCompletedOn().isAfter(end))
              .count();
      if (done < due) {
        out.add(new Deadline(DeadlineKind.YEARLY_MODULES, "Y" + year, end, (int) (due - done)));
      }
    }
    return out.stream()
        .filter(d -> !d.dueOn().isBefore(today.minusDays(GRACE_DAYS)))
        .sorted(Comparator.comparing(Deadline::dueOn))
        .toList();
  }
}
