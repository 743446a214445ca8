package fr.capacite.domain.jury;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the jury saw of candidates, competence by competence: the share of evaluation criteria met
 * (a score of {@value #MET_FROM} or more of 4: "satisfaisant") over the submitted sheets of
 * published sessions. A share is shown only over {@value #THRESHOLD} candidates at least, so that
 * no candidate can be recognised in it.
 */
public final class CompetenceOutcomes {

  /** A criterion is met from this score ("3 – satisfaisant"). */
  public static final int MET_FROM = 3;

  /** Candidates below which a share is withheld. */
  public static final int THRESHOLD = 5;

  private CompetenceOutcomes() {}

  /** One grid item's counts: its scores, those met, and the candidates scored on it. */
  public record Item(String key, long scores, long met, long candidates) implements Serializable {}

  /** A competence's counts. */
  public record Share(long scores, long met, long candidates) implements Serializable {

    public boolean shown() {
      return candidates >= THRESHOLD && scores > 0;
    }

    /** The share met, in whole percent, or null when withheld. */
    public Integer percent() {
      return shown() ? (int) Math.round(100.0 * met / scores) : null;
    }
  }

  /**
   * The items' counts summed per competence (the item's competence from {@code competenceOfItem};
   * items of no known competence are left out). A competence's candidates are those of its most
   * scored item: a submitted sheet scores every item of the blocks it covers.
   */
  public static Map<Long, Share> perCompetence(
      List<Item> items, Map<String, Long> competenceOfItem) {
    Map<Long, Share> out = new HashMap<>();
    for (Item i : items) {
      Long competence = competenceOfItem.get(i.key());
      if (competence == null) {
        continue;
      }
      out.merge(
          competence,
          new Share(i.scores(), i.met(), i.candidates()),
          (a, b) ->
              new Share(
                  a.scores() + b.scores(),
                  a.met() + b.met(),
                  Math.max(a.candidates(), b.candidates())));
    }
    return out;
  }

  /** The criterion an item names ({@code k:12}), if it names one. */
  public static Optional<Long> criterion(String itemKey) {
    return id(itemKey, "k:");
  }

  /** The competence an item names itself ({@code c:7}: a competence without known criteria). */
  public static Optional<Long> competence(String itemKey) {
    return id(itemKey, "c:");
  }

  private static Optional<Long> id(String key, String prefix) {
    if (key == null || !key.startsWith(prefix)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(key.substring(prefix.length())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
