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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The jury's decision on one block for one candidate, at deliberation (R5): acquis, or non acquis
 * with a written reason.
 */
@Entity
@Table(name = "block_decision")
@NamedQuery(
    name = "BlockDecision.findBySession",
    query = "SELECT d FROM BlockDecision d WHERE d.candidate.session = :session")
public class BlockDecision {

  public static final int REASON_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "candidate_id", nullable = false)
  private ExamCandidate candidate;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "block_id", nullable = false)
  private Block block;

  @Column(nullable = false)
  private boolean acquired;

  @Column(length = REASON_MAX)
  private String reason;

  @Column(name = "decided_by", nullable = false, length = 80)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Version private long version;

  protected BlockDecision() {}

  public BlockDecision(ExamCandidate candidate, Block block) {
    this.candidate = candidate;
    this.block = block;
  }

  /** R5: a refusal needs a written reason. */
  public void decide(boolean isAcquired, String why, String by, Instant at) {
    if (!isAcquired && (why == null || why.isBlank())) {
      throw new IllegalArgumentException("a refusal needs a written reason (R5)");
    }
    this.acquired = isAcquired;
    this.reason = why == null || why.isBlank() ? null : why.strip();
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public Long getId() {
    return id;
  }

  public ExamCandidate getCandidate() {
    return candidate;
  }

  public Block getBlock() {
    return block;
  }

  public boolean isAcquired() {
    return acquired;
  }

  public String getReason() {
    return reason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public long getVersion() {
    return version;
  }
}
