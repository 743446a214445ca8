package fr.capacite.domain.cohort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Aggregates answers to the standard questionnaire: the number of respondents, the period they
 * answered in, the mean score per question, and the satisfaction rate, which is the share of
 * respondents scoring the overall question {@value SatisfactionQuestion#SATISFIED_FROM} or 5
 * (Qualiopi indicator 2 always gives the period and the number of learners with a rate).
 */
public final class SatisfactionTally implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int[] sums = new int[SatisfactionQuestion.values().length];
  private int respondents;
  private int satisfied;
  private LocalDate first;
  private LocalDate last;

  /** Adds one answer; scores are in {@link SatisfactionQuestion} order. */
  public SatisfactionTally add(LocalDate answeredOn, int... scores) {
    if (scores.length != sums.length) {
      throw new IllegalArgumentException("one score per question");
    }
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] < SatisfactionQuestion.MIN || scores[i] > SatisfactionQuestion.MAX) {
        throw new IllegalArgumentException("scores run from 1 to 5");
      }
      sums[i] += scores[i];
    }
    respondents++;
    if (scores[SatisfactionQuestion.OVERALL.ordinal()] >= SatisfactionQuestion.SATISFIED_FROM) {
      satisfied++;
    }
    first = first == null || answeredOn.isBefore(first) ? answeredOn : first;
    last = last == null || answeredOn.isAfter(last) ? answeredOn : last;
    return this;
  }

  /** Adds another tally's answers (a cohort's into its organisation's). */
  public SatisfactionTally merge(SatisfactionTally other) {
    for (int i = 0; i < sums.length; i++) {
      sums[i] += other.sums[i];
    }
    respondents += other.respondents;
    satisfied += other.satisfied;
    if (other.first != null) {
      first = first == null || other.first.isBefore(first) ? other.first : first;
      last = last == null || other.last.isAfter(last) ? other.last : last;
    }
    return this;
  }

  public Result result() {
    Map<SatisfactionQuestion, Double> means = new EnumMap<>(SatisfactionQuestion.class);
    if (respondents > 0) {
      for (SatisfactionQuestion q : SatisfactionQuestion.values()) {
        means.put(q, Math.round(sums[q.ordinal()] * 100.0 / respondents) / 100.0);
      }
    }
    return new Result(
        respondents,
        respondents == 0 ? null : satisfied * 100.0 / respondents,
        Collections.unmodifiableMap(means),
        first,
        last);
  }

  /** The aggregate: rate in percent, or null with no respondent (a rate over nobody is not 0 %). */
  public record Result(
      int respondents,
      Double satisfactionRate,
      Map<SatisfactionQuestion, Double> means,
      LocalDate from,
      LocalDate to)
      implements Serializable {

    public Double mean(SatisfactionQuestion q) {
      return means.get(q);
    }
  }
}
