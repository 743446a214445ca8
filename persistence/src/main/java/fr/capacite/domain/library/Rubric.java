package fr.capacite.domain.library;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregation of a review's scores. A resource passes when every criterion is scored, none is 0
 * (a blocking flaw: wrong, unusable, inaccessible, unlicensed…) and the average reaches {@link
 * #PASS_AVERAGE}, i.e. "meets expectations" on the whole.
 */
public record Rubric(Map<ReviewCriterion, Integer> scores) {

  public static final int MAX = 3;
  public static final double PASS_AVERAGE = 2.0;

  public Rubric {
    Map<ReviewCriterion, Integer> copy = new EnumMap<>(ReviewCriterion.class);
    copy.putAll(scores);
    scores = copy;
  }

  /** Why the scores cannot be recorded (a message key), if they cannot. */
  public Optional<String> problem() {
    for (Integer s : scores.values()) {
      if (s != null && (s < 0 || s > MAX)) {
        return Optional.of("library.review.scoreRange");
      }
    }
    return Optional.empty();
  }

  public boolean complete() {
    for (ReviewCriterion c : ReviewCriterion.values()) {
      if (scores.get(c) == null) {
        return false;
      }
    }
    return true;
  }

  /** The average of the scored criteria (null when none is scored). */
  public Double average() {
    return scores.values().stream()
        .filter(s -> s != null)
        .mapToInt(Integer::intValue)
        .average()
        .stream()
        .boxed()
        .findFirst()
        .orElse(null);
  }

  public boolean passes() {
    return complete()
        && problem().isEmpty()
        && scores.values().stream().noneMatch(s -> s == 0)
        && average() >= PASS_AVERAGE;
  }
}
