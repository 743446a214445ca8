package fr.capacite.application.jury;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A juror's score sheet for one candidate, block by block; the other jurors' sheets are given only
 * once the caller has submitted theirs (blind scoring).
 */
public record SheetView(
    long candidateId,
    String candidateName,
    long sessionId,
    String sessionTitle,
    long entityVersion,
    boolean submitted,
    List<BlockGrid> blocks,
    List<OtherSheet> others)
    implements Serializable {

  /** The grid of one block, with the caller's scores and proposal. */
  public record BlockGrid(
      long blockId, String code, String title, List<Item> items, Boolean acquired, String comment)
      implements Serializable {}

  /** A competence, or one of its criteria, and the caller's score (1–4) if given. */
  public record Item(String key, String competence, String criterion, Integer score)
      implements Serializable {}

  /** Another juror's sheet, shown after the caller has submitted. */
  public record OtherSheet(
      String jurorName,
      boolean submitted,
      Map<String, Integer> scores,
      Map<Long, Boolean> proposals,
      Map<Long, String> comments)
      implements Serializable {}
}
