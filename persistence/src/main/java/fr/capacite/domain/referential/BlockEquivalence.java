package fr.capacite.domain.referential;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An equivalence between a block of one version and a block of another (R7: equivalences carry CCPs
 * from an old version to the new one). Invariant: the two blocks belong to different versions.
 */
@Entity
@Table(name = "block_equivalence")
@NamedQuery(
    name = "BlockEquivalence.findByVersion",
    query =
        "SELECT e FROM BlockEquivalence e JOIN FETCH e.fromBlock f JOIN FETCH e.toBlock t WHERE"
            + " t.certificationVersion = :version OR f.certificationVersion = :version ORDER BY"
            + " t.sortOrder, f.sortOrder")
@NamedQuery(
    name = "BlockEquivalence.findByBlocks",
    query = "SELECT e FROM BlockEquivalence e WHERE e.fromBlock = :from AND e.toBlock = :to")
@NamedQuery(
    name = "BlockEquivalence.findAll",
    query = "SELECT e FROM BlockEquivalence e JOIN FETCH e.fromBlock JOIN FETCH e.toBlock")
public class BlockEquivalence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "from_block_id", nullable = false)
  private Block fromBlock;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "to_block_id", nullable = false)
  private Block toBlock;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private EquivalenceKind kind;

  protected BlockEquivalence() {}

  public BlockEquivalence(Block fromBlock, Block toBlock, EquivalenceKind kind) {
    if (fromBlock.getCertificationVersion().equals(toBlock.getCertificationVersion())) {
      throw new IllegalArgumentException("an equivalence links blocks of two different versions");
    }
    this.fromBlock = fromBlock;
    this.toBlock = toBlock;
    this.kind = kind;
  }

  public Long getId() {
    return id;
  }

  public Block getFromBlock() {
    return fromBlock;
  }

  public Block getToBlock() {
    return toBlock;
  }

  public EquivalenceKind getKind() {
    return kind;
  }
}
