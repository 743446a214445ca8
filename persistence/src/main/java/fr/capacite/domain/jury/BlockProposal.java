package fr.capacite.domain.jury;

import fr.capacite.domain.referential.Block;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A juror's proposed decision on one block (acquis / non acquis), with a comment. */
@Entity
@Table(name = "block_proposal")
public class BlockProposal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sheet_id", nullable = false)
  private ScoreSheet sheet;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "block_id", nullable = false)
  private Block block;

  @Column(nullable = false)
  private boolean acquired;

  @Column(name = "proposal_comment", length = ScoreSheet.COMMENT_MAX)
  private String comment;

  protected BlockProposal() {}

  BlockProposal(ScoreSheet sheet, Block block, boolean acquired, String comment) {
    this.sheet = sheet;
    this.block = block;
    set(acquired, comment);
  }

  void set(boolean isAcquired, String text) {
    this.acquired = isAcquired;
    this.comment = text == null || text.isBlank() ? null : text.strip();
  }

  public Block getBlock() {
    return block;
  }

  public boolean isAcquired() {
    return acquired;
  }

  public String getComment() {
    return comment;
  }
}
