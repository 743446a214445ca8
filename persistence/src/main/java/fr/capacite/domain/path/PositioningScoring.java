package fr.capacite.domain.path;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a positioning attempt per competence: points reached over points reachable, as whole
 * percentages, and overall the same over every question. An unanswered question scores zero.
 */
public final class PositioningScoring {

  private PositioningScoring() {}

  public static ScoreProfile profile(
      List<PositioningQuestion> questions,
      Map<PositioningQuestion, List<PositioningOption>> chosen) {
    Map<String, int[]> byCompetence = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    int reached = 0;
    int reachable = 0;
    for (PositioningQuestion q : questions) {
      int score = q.score(chosen.getOrDefault(q, List.of()));
      int max = q.maxPoints();
      reached += score;
      reachable += max;
      int[] sums = byCompetence.computeIfAbsent(q.competenceKey(), k -> new int[2]);
      sums[0] += score;
      sums[1] += max;
      labels.putIfAbsent(q.competenceKey(), q.competenceLabel());
    }
    List<ScoreProfile.CompetenceScore> scores = new ArrayList<>();
    byCompetence.forEach(
        (key, sums) ->
            scores.add(
                new ScoreProfile.CompetenceScore(key, labels.get(key), percent(sums[0], sums[1]))));
    return new ScoreProfile(scores, percent(reached, reachable));
  }

  static int percent(int reached, int reachable) {
    return reachable == 0 ? 0 : (int) Math.round(100.0 * reached / reachable);
  }
}
