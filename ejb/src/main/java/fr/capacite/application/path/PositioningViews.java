package fr.capacite.application.path;

import fr.capacite.domain.path.AttemptStatus;
import fr.capacite.domain.path.QuestionKind;
import fr.capacite.domain.path.TestStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the positioning pages and endpoints show. */
public final class PositioningViews {

  private PositioningViews() {}

  /** A test in a list. */
  public record TestSummary(
      long id,
      String title,
      String programme,
      String organisation,
      TestStatus status,
      int questions,
      boolean editable)
      implements Serializable {}

  /** A test with its questions, for its authors. */
  public record TestView(
      long id,
      String title,
      String instructions,
      String programme,
      String organisation,
      TestStatus status,
      boolean editable,
      long entityVersion,
      List<QuestionView> questions)
      implements Serializable {}

  public record QuestionView(
      long id,
      int position,
      String prompt,
      QuestionKind kind,
      Long competenceId,
      String pixCode,
      String competence,
      List<OptionView> options)
      implements Serializable {}

  public record OptionView(long id, String label, int points) implements Serializable {}

  /** What the author enters for a question. */
  public record QuestionForm(
      String prompt, QuestionKind kind, Long competenceId, String pixCode, List<OptionForm> options)
      implements Serializable {}

  public record OptionForm(String label, Integer points) implements Serializable {}

  /** A test a learner has to take (or took) for one of their enrolments. */
  public record MyTest(
      long testId,
      long enrolmentId,
      String testTitle,
      String cohort,
      Long attemptId,
      AttemptStatus status,
      Integer hours)
      implements Serializable {}

  /** A test a person may take from a published cohort's offer before applying, and their try. */
  public record OfferTest(
      long testId, String testTitle, Long attemptId, AttemptStatus status, Integer hours)
      implements Serializable {}

  /** One question on screen; {@code chosen} are the options already ticked. */
  public record QuestionScreen(
      long attemptId,
      String testTitle,
      String instructions,
      int index,
      int total,
      int answered,
      String prompt,
      QuestionKind kind,
      List<Choice> options,
      List<Long> chosen)
      implements Serializable {

    public boolean isLast() {
      return index == total - 1;
    }
  }

  /** An option on screen: id and label only, never its points. */
  public record Choice(long id, String label) implements Serializable {}

  /** A result and why: the profile, the rule that routed it, the hours. */
  public record Result(
      long attemptId,
      String learner,
      String testTitle,
      String programme,
      AttemptStatus status,
      int overall,
      int weakest,
      int hours,
      int ruleVersion,
      int rulePosition,
      Integer minOverall,
      Integer minWeakest,
      List<CompetenceResult> profile,
      Instant submittedAt,
      Instant validatedAt,
      /** The offer the test was taken from before applying; null once it positions a place. */
      Long offerCohortId)
      implements Serializable {

    public boolean isFinal() {
      return status == AttemptStatus.VALIDATED;
    }

    /** The competence with the lowest score (the one to work on first), or null. */
    public String weakestLabel() {
      return profile.stream()
          .min(java.util.Comparator.comparingInt(CompetenceResult::percent))
          .map(CompetenceResult::label)
          .orElse(null);
    }
  }

  public record CompetenceResult(String label, int percent) implements Serializable {}

  /** An attempt in the authors' list. */
  public record AttemptRow(
      long attemptId,
      String learner,
      String cohort,
      AttemptStatus status,
      Integer overall,
      Integer hours,
      Instant submittedAt)
      implements Serializable {}

  /** A programme's routing rules in force and their version. */
  public record RuleSetView(
      String programme, List<Integer> allowedHours, Integer version, List<RuleView> rules)
      implements Serializable {}

  public record RuleView(int position, int hours, Integer minOverall, Integer minWeakest)
      implements Serializable {}
}
