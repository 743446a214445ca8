package fr.capacite.domain.path;

import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gap analysis of a plan against its objective: which steps are satisfied, what is missing, which
 * cohorts would fill it, the hours still to train and the progress.
 */
public final class GapAnalysis {

  private GapAnalysis() {}

  /** One step of the path and where the person stands on it. */
  public record StepGap(
      TrainingModule module,
      int rank,
      StepState state,
      List<Block> missingPrerequisites,
      List<ModuleOffer> offers)
      implements Serializable {}

  /**
   * The result. {@code uncoveredBlocks} are blocks of the target version that are neither held nor
   * trained by a step of this path; {@code modulesDue} and {@code modulesDone} concern the current
   * plan year of a continuing-education path.
   */
  public record Report(
      List<StepGap> steps,
      List<Block> missingBlocks,
      List<Block> uncoveredBlocks,
      int totalHours,
      int doneHours,
      int percent,
      int planYear,
      int modulesDue,
      int modulesDone,
      boolean objectiveMet)
      implements Serializable {

    public int remainingHours() {
      return totalHours - doneHours;
    }
  }

  /**
   * @param held blocks the person holds (in any version, and through R7 equivalences)
   * @param completions modules the person completed
   * @param offers upcoming offers per module
   */
  public static Report analyse(
      PathTemplate template,
      Set<Block> held,
      Collection<ModuleCompletion> completions,
      Map<TrainingModule, List<ModuleOffer>> offers,
      LocalDate planStart,
      LocalDate today) {
    List<TrainingModule> completed = completions.stream().map(ModuleCompletion::getModule).toList();
    List<StepGap> steps = new ArrayList<>();
    int total = 0;
    int done = 0;
    int openRank = Integer.MAX_VALUE;
    for (PathStep s : template.getSteps()) {
      TrainingModule m = s.getModule();
      total += m.getHours();
      StepState state;
      List<Block> missing = List.copyOf(Prerequisites.missing(m, held, completed));
      if (completed.contains(m)) {
        state = StepState.DONE;
      } else if (m.getKind() == ModuleKind.CERTIFYING && held.contains(m.getBlock())) {
        state = StepState.HELD;
      } else if (!missing.isEmpty()) {
        state = StepState.LOCKED;
      } else {
        state = s.getRank() <= openRank ? StepState.NEXT : StepState.LATER;
      }
      if (state.isSatisfied()) {
        done += m.getHours();
      } else {
        openRank = Math.min(openRank, s.getRank());
      }
      steps.add(new StepGap(m, s.getRank(), state, missing, offers.getOrDefault(m, List.of())));
    }
    // A step of rank r is only NEXT when nothing of a lower rank is open.
    int firstOpen = openRank;
    steps.replaceAll(
        g ->
            g.state() == StepState.NEXT && g.rank() > firstOpen
                ? new StepGap(
                    g.module(), g.rank(), StepState.LATER, g.missingPrerequisites(), g.offers())
                : g);

    List<Block> missingBlocks = new ArrayList<>();
    List<Block> uncovered = new ArrayList<>();
    if (template.getKind() == PathKind.TITLE && template.getCertificationVersion() != null) {
      for (Block b : template.getCertificationVersion().getBlocks()) {
        if (b.getKind() != BlockKind.CCP || b.isRetired() || held.contains(b)) {
          continue;
        }
        missingBlocks.add(b);
        boolean trained =
            template.getSteps().stream().anyMatch(st -> b.equals(st.getModule().getBlock()));
        if (!trained) {
          uncovered.add(b);
        }
      }
    }

    int year = planYear(planStart, today);
    int due = template.modulesDueInYear(year);
    LocalDate yearStart = planStart.plusYears(year - 1L);
    int doneThisYear =
        (int)
            completions.stream()
                .filter(c -> c.getModule().getKind() == ModuleKind.THEMATIC)
                .filter(c -> !c.getCompletedOn().isBefore(yearStart))
                .filter(c -> c.getCompletedOn().isBefore(yearStart.plusYears(1)))
                .count();

    int percent;
    if (total > 0) {
      percent = (int) Math.round(100.0 * done / total);
    } else if (due > 0) {
      percent = (int) Math.round(100.0 * Math.min(doneThisYear, due) / due);
    } else {
      percent = 100;
    }
    boolean met =
        steps.stream().allMatch(g -> g.state().isSatisfied())
            && missingBlocks.isEmpty()
            && doneThisYear >= due;
    return new Report(
        List.copyOf(steps),
        List.copyOf(missingBlocks),
        List.copyOf(uncovered),
        total,
        done,
        percent,
        year,
        due,
        doneThisYear,
        met);
  }

  /** Plan year (1 = the first twelve months from the start). */
  public static int planYear(LocalDate planStart, LocalDate today) {
    if (today.isBefore(planStart)) {
      return 1;
    }
    return (int) ChronoUnit.YEARS.between(planStart, today) + 1;
  }
}
