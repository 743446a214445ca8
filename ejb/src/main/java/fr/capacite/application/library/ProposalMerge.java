package fr.capacite.application.library;

import fr.capacite.domain.library.BlockContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies the changes of a proposal the maintainers accepted, block by block: an accepted change
 * takes the proposed block (or drops a removed one), a rejected one keeps the original.
 */
public final class ProposalMerge {

  private ProposalMerge() {}

  /** Indexes (in {@code changes}) of the blocks that actually changed: what can be decided. */
  public static List<Integer> decidable(List<RevisionDiff.BlockChange> changes) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      if (changes.get(i).change() != RevisionDiff.Change.UNCHANGED) {
        out.add(i);
      }
    }
    return out;
  }

  public static List<BlockContent> apply(
      List<RevisionDiff.BlockChange> changes, Set<Integer> accepted) {
    List<BlockContent> out = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      RevisionDiff.BlockChange c = changes.get(i);
      boolean take = accepted.contains(i);
      switch (c.change()) {
        case UNCHANGED -> out.add(c.after());
        case CHANGED -> out.add(take ? c.after() : c.before());
        case ADDED -> {
          if (take) {
            out.add(c.after());
          }
        }
        case REMOVED -> {
          if (!take) {
            out.add(c.before());
          }
        }
      }
    }
    return out;
  }
}
