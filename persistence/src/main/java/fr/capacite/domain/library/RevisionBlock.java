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

/** A content block of a revision; written once with it, never changed. */
@Entity
@Table(name = "revision_block")
public class RevisionBlock {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "revision_id", nullable = false, updatable = false)
  private ResourceRevision revision;

  @Column(name = "sort_order", nullable = false, updatable = false)
  private int position;

  @Embedded private StoredBlock block;

  protected RevisionBlock() {}

  RevisionBlock(ResourceRevision revision, int position, BlockContent c) {
    this.revision = revision;
    this.position = position;
    this.block = new StoredBlock(c);
  }

  public BlockContent content() {
    return block.content();
  }

  public int getPosition() {
    return position;
  }

  public ContentKind getKind() {
    return block.getKind();
  }
}
