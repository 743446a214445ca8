package fr.capacite.domain.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A block of the proposed content. */
@Entity
@Table(name = "proposal_block")
public class ProposalBlock {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
  private EditProposal proposal;

  @Column(name = "sort_order", nullable = false, updatable = false)
  private int position;

  @Embedded private StoredBlock block;

  protected ProposalBlock() {}

  ProposalBlock(EditProposal proposal, int position, BlockContent c) {
    this.proposal = proposal;
    this.position = position;
    this.block = new StoredBlock(c);
  }

  public BlockContent content() {
    return block.content();
  }

  public int getPosition() {
    return position;
  }
}
