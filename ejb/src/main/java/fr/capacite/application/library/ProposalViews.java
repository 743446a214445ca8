package fr.capacite.application.library;

import fr.capacite.domain.library.ProposalStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the proposal pages show. */
public final class ProposalViews {

  private ProposalViews() {}

  public record Row(long id, String proposer, Instant at, String summary, int baseRevision)
      implements Serializable {}

  public record Comment(String author, Instant at, String body) implements Serializable {}

  /**
   * A proposal to decide: its changes against its base revision ({@code decidable} are the indexes
   * that can be accepted or rejected), and whether the resource moved on since.
   */
  public record Review(
      long id,
      String slug,
      String title,
      String proposer,
      String summary,
      int baseRevision,
      int latestRevision,
      ProposalStatus status,
      Integer resultingRevision,
      List<RevisionDiff.BlockChange> changes,
      List<Integer> decidable,
      List<Comment> comments,
      boolean canDecide,
      long entityVersion)
      implements Serializable {

    public boolean isStale() {
      return baseRevision != latestRevision;
    }
  }
}
