package fr.capacite.domain.path;

import java.io.Serializable;
import java.util.List;

/**
 * A positioning score profile: the percentage reached on each competence the test addresses, the
 * overall percentage and the weakest competence.
 */
public record ScoreProfile(List<CompetenceScore> competences, int overall) implements Serializable {

  /** One competence: a key ({@code pix:4.1} or {@code competence:12}), its label and percent. */
  public record CompetenceScore(String key, String label, int percent) implements Serializable {}

  public ScoreProfile {
    competences = List.copyOf(competences);
  }

  /** The lowest competence percentage (the overall one when no competence is named). */
  public int weakest() {
    return competences.stream().mapToInt(CompetenceScore::percent).min().orElse(overall);
  }

  public CompetenceScore weakestCompetence() {
    return competences.stream()
        .min(java.util.Comparator.comparingInt(CompetenceScore::percent))
        .orElse(null);
  }
}
