package fr.capacite.domain.jury;

import java.util.List;

/**
 * Cohen's κ between two jurors' binary decisions (acquis / non acquis) on the same
 * candidate-blocks: (observed agreement − chance agreement) / (1 − chance agreement). Written out
 * here because it is four lines of arithmetic; a statistics library would bring far more than it
 * gives.
 */
public final class CohenKappa {

  private CohenKappa() {}

  /** A pair of decisions on the same candidate-block: the first juror's, the second's. */
  public record Pair(boolean first, boolean second) {}

  /**
   * κ, or null when it is undefined: no pair, or both jurors always gave the same single answer
   * (chance agreement is 1, so agreement says nothing).
   */
  public static Double of(List<Pair> pairs) {
    int n = pairs.size();
    if (n == 0) {
      return null;
    }
    int agree = 0;
    int firstYes = 0;
    int secondYes = 0;
    for (Pair p : pairs) {
      if (p.first() == p.second()) {
        agree++;
      }
      if (p.first()) {
        firstYes++;
      }
      if (p.second()) {
        secondYes++;
      }
    }
    double observed = (double) agree / n;
    double chance =
        ((double) firstYes / n) * ((double) secondYes / n)
            + ((double) (n - firstYes) / n) * ((double) (n - secondYes) / n);
    if (chance >= 1.0) {
      return null;
    }
    return (observed - chance) / (1 - chance);
  }
}
