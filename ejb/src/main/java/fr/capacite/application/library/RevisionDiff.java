package fr.capacite.application.library;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import fr.capacite.domain.library.BlockContent;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The difference between two revisions, block by block (java-diff-utils aligns the blocks), and
 * word by word inside a changed block, so a reviewer sees exactly what moved.
 */
public final class RevisionDiff {

  /** A word with the spaces after it (leading spaces alone), so changes read as whole words. */
  private static final Pattern TOKENS = Pattern.compile("^\\s+|\\S+\\s*");

  private RevisionDiff() {}

  /** What happened to a block. */
  public enum Change {
    UNCHANGED,
    ADDED,
    REMOVED,
    CHANGED
  }

  /** A piece of text: kept, inserted or deleted. */
  public enum Op {
    EQUAL,
    INSERT,
    DELETE
  }

  public record Segment(Op op, String text) implements Serializable {}

  /**
   * One block of the comparison; {@code before}/{@code after} are null when it was added/removed.
   * {@code words} is the word-level diff of the block's text.
   */
  public record BlockChange(
      Change change, BlockContent before, BlockContent after, List<Segment> words)
      implements Serializable {}

  public static List<BlockChange> blocks(List<BlockContent> before, List<BlockContent> after) {
    List<String> a = before.stream().map(RevisionDiff::signature).toList();
    List<String> b = after.stream().map(RevisionDiff::signature).toList();
    List<BlockChange> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      int from = d.getSource().getPosition();
      int to = d.getTarget().getPosition();
      while (i < from && j < to) {
        out.add(same(before.get(i++), after.get(j++)));
      }
      List<BlockContent> removed = before.subList(from, from + d.getSource().size());
      List<BlockContent> added = after.subList(to, to + d.getTarget().size());
      if (d.getType() == DeltaType.CHANGE) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < paired; k++) {
          BlockContent o = removed.get(k);
          BlockContent n = added.get(k);
          if (o.kind() == n.kind()) {
            out.add(new BlockChange(Change.CHANGED, o, n, words(o.plainText(), n.plainText())));
          } else {
            out.add(gone(o));
            out.add(come(n));
          }
        }
        removed.subList(paired, removed.size()).forEach(o -> out.add(gone(o)));
        added.subList(paired, added.size()).forEach(n -> out.add(come(n)));
      } else {
        removed.forEach(o -> out.add(gone(o)));
        added.forEach(n -> out.add(come(n)));
      }
      i = from + removed.size();
      j = to + added.size();
    }
    while (i < before.size() && j < after.size()) {
      out.add(same(before.get(i++), after.get(j++)));
    }
    return out;
  }

  /** Word-by-word difference of two texts (whitespace kept as written). */
  public static List<Segment> words(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    List<Segment> out = new ArrayList<>();
    int i = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      int from = d.getSource().getPosition();
      if (i < from) {
        out.add(new Segment(Op.EQUAL, String.join("", a.subList(i, from))));
      }
      if (!d.getSource().getLines().isEmpty()) {
        out.add(new Segment(Op.DELETE, String.join("", d.getSource().getLines())));
      }
      if (!d.getTarget().getLines().isEmpty()) {
        out.add(new Segment(Op.INSERT, String.join("", d.getTarget().getLines())));
      }
      i = from + d.getSource().size();
    }
    if (i < a.size()) {
      out.add(new Segment(Op.EQUAL, String.join("", a.subList(i, a.size()))));
    }
    return out;
  }

  /** Whether nothing changed at all. */
  public static boolean identical(List<BlockChange> changes) {
    return changes.stream().allMatch(c -> c.change() == Change.UNCHANGED);
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    Matcher m = TOKENS.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String signature(BlockContent c) {
    return c.kind() + "\u0000" + c.plainText() + "\u0000" + c.fileSha256();
  }

  private static BlockChange same(BlockContent o, BlockContent n) {
    return new BlockChange(Change.UNCHANGED, o, n, List.of(new Segment(Op.EQUAL, n.plainText())));
  }

  private static BlockChange gone(BlockContent o) {
    return new BlockChange(Change.REMOVED, o, null, List.of(new Segment(Op.DELETE, o.plainText())));
  }

  private static BlockChange come(BlockContent n) {
    return new BlockChange(Change.ADDED, null, n, List.of(new Segment(Op.INSERT, n.plainText())));
  }
}
