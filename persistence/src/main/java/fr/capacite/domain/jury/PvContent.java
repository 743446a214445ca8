package fr.capacite.domain.jury;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a signed PV (procès-verbal) says, whole and self-contained (R9): each candidate's decisions
 * with their reasons and modality (R10), whether the title is granted and on what grounds, the
 * referential as it stood (version, blocks and their titles), and the jury with its signatures.
 * Nothing here points to live data that could change: names, codes and titles are copied in.
 *
 * <p>An amendment never edits a content: {@link #amended} gives the next one, which keeps the
 * history of changes; the stored original stays as it was.
 */
public record PvContent(
    int format,
    long sessionId,
    String title,
    ExamKind kind,
    ExamModality modality,
    LocalDate day,
    String centreName,
    String siteName,
    String versionCode,
    String versionTitle,
    String rncpCode,
    List<BlockRef> blocks,
    List<BlockRef> titleBlocks,
    List<Juror> jury,
    List<Candidate> candidates,
    List<Change> amendments)
    implements Serializable {

  /** The shape of the content, so that later readers know how to read older records. */
  public static final int FORMAT = 1;

  /** A block of the referential as it stood at signature. */
  public record BlockRef(long id, String code, String title) implements Serializable {}

  /** A juror of the session and when they signed. */
  public record Juror(long userId, String name, Instant signedAt) implements Serializable {}

  /**
   * A candidate's outcome: the decisions of this session and the blocks held beforehand (R7), from
   * which the title follows.
   */
  public record Candidate(
      long candidateId,
      long learnerId,
      String name,
      ExamModality modality,
      List<Decision> decisions,
      List<Ground> heldBefore,
      boolean titleGranted,
      String verificationCode)
      implements Serializable {

    /** A candidate whose title follows from the grounds and the decisions (R5/R7). */
    public static Candidate decided(
        long candidateId,
        long learnerId,
        String name,
        ExamModality modality,
        List<Decision> decisions,
        List<Ground> heldBefore,
        List<BlockRef> titleBlocks,
        String verificationCode) {
      return new Candidate(
          candidateId,
          learnerId,
          name,
          modality,
          List.copyOf(decisions),
          List.copyOf(heldBefore),
          PvContent.titleGranted(titleBlocks, held(decisions, heldBefore)),
          verificationCode);
    }

    /** Blocks of the title held: before the session, or acquired at it (in force). */
    public Set<String> heldCodes() {
      return held(decisions, heldBefore);
    }

    private static Set<String> held(List<Decision> decisions, List<Ground> heldBefore) {
      Set<String> held = new HashSet<>();
      heldBefore.forEach(g -> held.add(g.blockCode()));
      decisions.stream()
          .filter(d -> Boolean.TRUE.equals(d.acquired()))
          .forEach(d -> held.add(d.code()));
      return held;
    }
  }

  /** One block's decision in force for a candidate, and whether an amendment changed it. */
  public record Decision(
      long blockId, String code, Boolean acquired, String reason, boolean amended)
      implements Serializable {}

  /**
   * A block of the title a candidate already held before the session: acquired in this version, or
   * carried from another through an equivalence (R7).
   */
  public record Ground(String blockCode, String fromVersion, String fromBlock, LocalDate acquiredOn)
      implements Serializable {

    public boolean byEquivalence() {
      return fromVersion != null;
    }
  }

  /** An amendment after signature: the decision before and after, why, by whom, when. */
  public record Change(
      long candidateId,
      String candidateName,
      String blockCode,
      boolean oldAcquired,
      boolean newAcquired,
      String reason,
      String by,
      Instant at)
      implements Serializable {}

  /** R5/R7: the title is granted when every CCP of the version is held, here or before. */
  public static boolean titleGranted(List<BlockRef> titleBlocks, Set<String> held) {
    return !titleBlocks.isEmpty()
        && titleBlocks.stream().map(BlockRef::code).allMatch(held::contains);
  }

  public Candidate candidate(long candidateId) {
    return candidates.stream()
        .filter(c -> c.candidateId() == candidateId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no candidate " + candidateId));
  }

  /**
   * The content after an amendment of one decision: the title follows from the grounds recorded at
   * signature and the decisions in force, never from live data.
   */
  public PvContent amended(
      long candidateId, long blockId, boolean acquired, String reason, String by, Instant at) {
    List<Candidate> next = new ArrayList<>();
    Change change = null;
    for (Candidate c : candidates) {
      if (c.candidateId() != candidateId) {
        next.add(c);
        continue;
      }
      List<Decision> decisions = new ArrayList<>();
      for (Decision d : c.decisions()) {
        if (d.blockId() != blockId) {
          decisions.add(d);
          continue;
        }
        if (d.acquired() == null || d.acquired() == acquired) {
          throw new IllegalArgumentException("an amendment changes a decision taken");
        }
        change =
            new Change(candidateId, c.name(), d.code(), d.acquired(), acquired, reason, by, at);
        decisions.add(new Decision(d.blockId(), d.code(), acquired, d.reason(), true));
      }
      next.add(
          Candidate.decided(
              c.candidateId(),
              c.learnerId(),
              c.name(),
              c.modality(),
              decisions,
              c.heldBefore(),
              titleBlocks,
              c.verificationCode()));
    }
    if (change == null) {
      throw new IllegalArgumentException("no decision " + candidateId + "/" + blockId);
    }
    List<Change> history = new ArrayList<>(amendments);
    history.add(change);
    return new PvContent(
        format,
        sessionId,
        title,
        kind,
        modality,
        day,
        centreName,
        siteName,
        versionCode,
        versionTitle,
        rncpCode,
        blocks,
        titleBlocks,
        jury,
        List.copyOf(next),
        List.copyOf(history));
  }
}
