package fr.capacite.domain.jury;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * When jurors disagree on a block: their proposed decisions differ, or their scores on one item
 * differ by more than the session's threshold. Such a block is flagged for discussion at
 * deliberation.
 */
public final class Discrepancy {

  private Discrepancy() {}

  /** One juror's marks on one block of one candidate. */
  public record Marks(Map<String, Integer> scores, Boolean acquired) {}

  public static List<Finding> of(List<Marks> marks, int threshold) {
    List<Finding> f = new ArrayList<>();
    if (marks.size() < 2) {
      return f;
    }
    if (marks.stream().map(Marks::acquired).distinct().count() > 1) {
      f.add(Finding.warning("jury.discrepancy.decisions"));
    }
    Set<String> items = new TreeSet<>();
    marks.forEach(m -> items.addAll(m.scores().keySet()));
    int widest = 0;
    for (String item : items) {
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      for (Marks m : marks) {
        Integer s = m.scores().get(item);
        if (s != null) {
          min = Math.min(min, s);
          max = Math.max(max, s);
        }
      }
      if (max >= min) {
        widest = Math.max(widest, max - min);
      }
    }
    if (widest > threshold) {
      f.add(Finding.warning("jury.discrepancy.scores", widest, threshold));
    }
    return f;
  }
}
