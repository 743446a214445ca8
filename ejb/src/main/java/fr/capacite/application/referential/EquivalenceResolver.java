package fr.capacite.application.referential;

import fr.capacite.domain.referential.EquivalenceKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R7: equivalences carry blocks from an old version to a new one, possibly through several versions
 * (2015 → 2019 → 2025). A chain is only as strong as its weakest link: one partial step makes the
 * carried block partial. Pure logic, no database.
 */
public final class EquivalenceResolver {

  /** A directed equivalence between two block ids. */
  public record Link(long fromBlockId, long toBlockId, EquivalenceKind kind) {}

  private EquivalenceResolver() {}

  /**
   * Blocks reachable from the held ones through equivalences, with the strength of the best path.
   * Held blocks themselves are not in the result.
   */
  public static Map<Long, EquivalenceKind> carry(Set<Long> heldBlockIds, List<Link> links) {
    Map<Long, List<Link>> outgoing = new HashMap<>();
    for (Link l : links) {
      outgoing.computeIfAbsent(l.fromBlockId(), k -> new java.util.ArrayList<>()).add(l);
    }
    Map<Long, EquivalenceKind> best = new HashMap<>();
    Deque<Map.Entry<Long, EquivalenceKind>> queue = new ArrayDeque<>();
    for (Long held : heldBlockIds) {
      queue.add(Map.entry(held, EquivalenceKind.TOTAL));
    }
    Set<String> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      var current = queue.poll();
      for (Link l : outgoing.getOrDefault(current.getKey(), List.of())) {
        EquivalenceKind strength = weakest(current.getValue(), l.kind());
        if (heldBlockIds.contains(l.toBlockId())) {
          continue;
        }
        EquivalenceKind known = best.get(l.toBlockId());
        if (known == null
            || (known == EquivalenceKind.PARTIAL && strength == EquivalenceKind.TOTAL)) {
          best.put(l.toBlockId(), strength);
        }
        if (seen.add(l.toBlockId() + ":" + strength)) {
          queue.add(Map.entry(l.toBlockId(), strength));
        }
      }
    }
    return best;
  }

  /** Whether a link from→to would close a cycle (a block equivalent to itself through a chain). */
  public static boolean wouldCycle(long fromBlockId, long toBlockId, List<Link> links) {
    if (fromBlockId == toBlockId) {
      return true;
    }
    return carry(Set.of(toBlockId), links).containsKey(fromBlockId);
  }

  private static EquivalenceKind weakest(EquivalenceKind a, EquivalenceKind b) {
    return a == EquivalenceKind.PARTIAL || b == EquivalenceKind.PARTIAL
        ? EquivalenceKind.PARTIAL
        : EquivalenceKind.TOTAL;
  }
}
