package fr.capacite.domain.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private ContentKind kind;

  @Column(length = BlockContent.HEADING_MAX, updatable = false)
  private String heading;

  @Column(length = BlockContent.BODY_MAX, updatable = false)
  private String body;

  @Column(length = BlockContent.URL_MAX, updatable = false)
  private String url;

  @Column(name = "file_sha256", length = 64, updatable = false)
  private String fileSha256;

  @Column(name = "file_name", length = 255, updatable = false)
  private String fileName;

  @Column(name = "alt_text", length = 300, updatable = false)
  private String altText;

  protected ProposalBlock() {}

  ProposalBlock(EditProposal proposal, int position, BlockContent c) {
    this.proposal = proposal;
    this.position = position;
    this.kind = c.kind();
    this.heading = c.heading();
    this.body = c.body();
    this.url = c.url() == null ? null : c.url().strip();
    this.fileSha256 = c.fileSha256();
    this.fileName = c.fileName();
    this.altText = c.altText();
  }

  public BlockContent content() {
    return new BlockContent(kind, heading, body, url, fileSha256, fileName, altText);
  }

  public int getPosition() {
    return position;
  }
}
