package fr.capacite.domain.jury;

import fr.capacite.domain.referential.Block;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a candidate may sit a session, explained: blocks already held (R7), the CCS prerequisite
 * of the title (R6), the CCP1 prerequisite of CCP2/CCP3, re-sitting (R8) and the CnFS 6-month
 * deadline (R11, a warning).
 */
public final class CandidateEligibility {

  public static final int MAX_TITLE_SESSIONS_PER_YEAR = 3;
  public static final int RESIT_WITHOUT_TRAINING_YEARS = 1;
  public static final int EXAM_WITHIN_MONTHS = 6;

  private CandidateEligibility() {}

  /** What is known of the candidate for one session. */
  public record Facts(
      Map<Block, Capitalisation.Held> held,
      boolean titleHeld,
      List<LocalDate> otherTitleSessionDays,
      LocalDate lastFailureOnAssessedBlocks,
      LocalDate trainingEnd,
      Capitalisation.ExtraYear extraYear) {}

  public static List<Finding> check(ExamSession session, Facts facts) {
    List<Finding> f = new ArrayList<>();
    LocalDate day = session.getDay();
    Set<Block> assessed = session.getBlocks();
    // R7: in the year after the version's end, blocks count only under the extra year's
    // conditions; say why when they are not met.
    if (facts.extraYear() != null
        && Capitalisation.inExtraYear(session.getCertificationVersion(), day)) {
      LocalDate end = session.getCertificationVersion().getValidUntil();
      for (String why : facts.extraYear().refusals(session.getCertificationVersion())) {
        f.add(
            Finding.warning(
                why,
                end,
                why.endsWith("registeredLate")
                    ? facts.extraYear().registeredOn()
                    : facts.extraYear().trainingStart()));
      }
    }
    // R7: what is already held need not be sat again.
    List<Block> alreadyHeld =
        session.getBlocksInOrder().stream().filter(facts.held()::containsKey).toList();
    for (Block b : alreadyHeld) {
      Capitalisation.Held h = facts.held().get(b);
      f.add(
          h.byEquivalence()
              ? Finding.warning(
                  "jury.candidate.heldByEquivalence",
                  b.getCode(),
                  h.from().getCertificationVersion().getCode() + " " + h.from().getCode())
              : Finding.warning("jury.candidate.held", b.getCode(), h.acquiredOn()));
    }
    if (!assessed.isEmpty() && alreadyHeld.size() == assessed.size()) {
      f.add(Finding.blocking("jury.candidate.nothingToSit"));
    }
    // R6: a CCS session needs the full title first.
    if (session.getKind() == ExamKind.CCS && !facts.titleHeld()) {
      f.add(Finding.blocking("jury.candidate.ccsNeedsTitle"));
    }
    // CCP2 and CCP3 build on CCP1 (R11): sat together, or CCP1 held.
    boolean advanced =
        assessed.stream().anyMatch(b -> b.getCode().equals("CCP2") || b.getCode().equals("CCP3"));
    boolean ccp1Assessed = assessed.stream().anyMatch(b -> b.getCode().equals("CCP1"));
    boolean ccp1Held = facts.held().keySet().stream().anyMatch(b -> b.getCode().equals("CCP1"));
    if (advanced && !ccp1Assessed && !ccp1Held) {
      f.add(Finding.blocking("jury.candidate.ccp1Required"));
    }
    // R8: at most 3 title sessions in any 12 months.
    if (session.getKind() == ExamKind.TITLE
        && maxTitleSessionsInAYear(facts.otherTitleSessionDays(), day)
            > MAX_TITLE_SESSIONS_PER_YEAR) {
      f.add(Finding.blocking("jury.candidate.tooManyTitleSessions", MAX_TITLE_SESSIONS_PER_YEAR));
    }
    // R8: after a failure, a trained candidate re-sits without new training for 1 year.
    LocalDate failed = facts.lastFailureOnAssessedBlocks();
    LocalDate trained = facts.trainingEnd();
    if (failed != null
        && trained != null
        && !trained.isAfter(failed)
        && day.isAfter(failed.plusYears(RESIT_WITHOUT_TRAINING_YEARS))) {
      f.add(Finding.blocking("jury.candidate.retrainingNeeded", failed));
    }
    // R11: CnFS candidates sit within 6 months of the end of training.
    if (trained != null && day.isAfter(trained.plusMonths(EXAM_WITHIN_MONTHS))) {
      f.add(Finding.warning("jury.candidate.lateAfterTraining", trained, EXAM_WITHIN_MONTHS));
    }
    return f;
  }

  /** The most title sessions, this one included, that fall within one 12-month span. */
  static int maxTitleSessionsInAYear(List<LocalDate> others, LocalDate day) {
    List<LocalDate> all = new ArrayList<>(others);
    all.add(day);
    Collections.sort(all);
    int max = 0;
    for (int i = 0; i < all.size(); i++) {
      LocalDate start = all.get(i);
      if (start.isAfter(day) || start.plusYears(1).isBefore(day)) {
        continue; // only spans that contain this session matter
      }
      int n = 0;
      for (LocalDate d : all) {
        if (!d.isBefore(start) && d.isBefore(start.plusYears(1))) {
          n++;
        }
      }
      max = Math.max(max, n);
    }
    return max;
  }
}
