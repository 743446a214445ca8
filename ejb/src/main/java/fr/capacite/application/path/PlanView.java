package fr.capacite.application.path;

import fr.capacite.domain.path.Deadline;
import fr.capacite.domain.path.DeadlineKind;
import fr.capacite.domain.path.ModuleOffer;
import fr.capacite.domain.path.StepState;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an individual learning plan shows: blocks held and their validity (R7), completed
 * modules, Pix levels, the gap analysis against the chosen objective, and deadlines.
 */
public record PlanView(
    String username,
    String displayName,
    String templateCode,
    String templateTitle,
    String objective,
    LocalDate startedOn,
    long entityVersion,
    List<HeldBlock> blocks,
    List<Completed> modules,
    int completedHours,
    List<PixLevel> pix,
    List<Step> steps,
    List<String> missingBlocks,
    List<String> uncoveredBlocks,
    int totalHours,
    int doneHours,
    int percent,
    int planYear,
    int modulesDue,
    int modulesDone,
    boolean objectiveMet,
    List<DeadlineView> deadlines)
    implements Serializable {

  public boolean hasObjective() {
    return templateCode != null;
  }

  public int remainingHours() {
    return totalHours - doneHours;
  }

  /**
   * A block acquired: source is the exam session title, or the block it was obtained through by an
   * equivalence; it counts until {@code countsUntil} (null: no end known).
   */
  public record HeldBlock(
      String version,
      String code,
      String title,
      String source,
      boolean byEquivalence,
      LocalDate acquiredOn,
      LocalDate countsUntil,
      boolean counts)
      implements Serializable {}

  public record Completed(
      String moduleCode, String moduleTitle, int hours, LocalDate completedOn, String cohort)
      implements Serializable {}

  public record PixLevel(String code, String title, int level, String band, LocalDate assessedOn)
      implements Serializable {}

  public record Step(
      int rank,
      String moduleCode,
      String moduleTitle,
      int hours,
      StepState state,
      List<String> missingPrerequisites,
      List<ModuleOffer> offers)
      implements Serializable {}

  public record DeadlineView(
      DeadlineKind kind, String subject, LocalDate dueOn, long daysLeft, int remaining)
      implements Serializable {
    static DeadlineView of(Deadline d, LocalDate today) {
      return new DeadlineView(d.kind(), d.subject(), d.dueOn(), d.daysLeft(today), d.remaining());
    }

    // JSON-B would name it "isOverdue" on a record; the documented name is "overdue"
    @jakarta.json.bind.annotation.JsonbProperty("overdue")
    public boolean isOverdue() {
      return daysLeft < 0;
    }
  }
}
