package fr.capacite.domain.jury;

import fr.capacite.domain.identity.User;
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
import java.time.LocalDate;

/**
 * A published decision on one block for one person: the history that capitalisation (R7) and
 * re-sitting (R8) read. It follows the decision in force: an amendment after publication (R9)
 * corrects it, and the PV keeps the original and the amendment.
 */
@Entity
@Table(name = "block_result")
@NamedQuery(
    name = "BlockResult.findByLearner",
    query =
        "SELECT r FROM BlockResult r JOIN FETCH r.block b JOIN FETCH b.certificationVersion WHERE r.learner ="
            + " :learner ORDER BY r.decidedOn")
@NamedQuery(
    name = "BlockResult.findBySessionCandidate",
    query =
        "SELECT r FROM BlockResult r WHERE r.session = :session AND r.learner = :learner AND r.block = :block")
@NamedQuery(
    name = "BlockResult.historical",
    query =
        "SELECT r FROM BlockResult r JOIN FETCH r.learner JOIN FETCH r.block b JOIN FETCH"
            + " b.certificationVersion WHERE r.historicalSource IS NOT NULL ORDER BY r.recordedAt DESC,"
            + " r.id DESC")
@NamedQuery(
    name = "BlockResult.countHistorical",
    query = "SELECT COUNT(r) FROM BlockResult r WHERE r.historicalSource IS NOT NULL")
@NamedQuery(
    name = "BlockResult.findByLearners",
    query =
        "SELECT r FROM BlockResult r JOIN FETCH r.block b JOIN FETCH b.certificationVersion WHERE r.learner IN"
            + " :learners ORDER BY r.decidedOn")
public class BlockResult {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "learner_id", nullable = false)
  private User learner;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "block_id", nullable = false)
  private Block block;

  /** The session that decided it; null for a result recorded from outside (an older title). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "session_id")
  private ExamSession session;

  @Column(nullable = false)
  private boolean acquired;

  @Column(name = "decided_on", nullable = false)
  private LocalDate decidedOn;

  /** For a historical result only: the document it was copied from (never null then). */
  @Column(name = "historical_source", updatable = false, length = HISTORICAL_SOURCE_MAX)
  private String historicalSource;

  @Column(name = "recorded_by", updatable = false, length = 80)
  private String recordedBy;

  @Column(name = "recorded_at", updatable = false)
  private java.time.Instant recordedAt;

  public static final int HISTORICAL_SOURCE_MAX = 500;

  protected BlockResult() {}

  /**
   * A result decided before Capacité, entered by an administrator from a document (a paper PV, a
   * livret): marked as such wherever it shows.
   */
  public static BlockResult historical(
      User learner,
      Block block,
      boolean acquired,
      LocalDate decidedOn,
      String source,
      String by,
      java.time.Instant at) {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("a historical result names its source");
    }
    BlockResult r = new BlockResult(learner, block, null, acquired, decidedOn);
    r.historicalSource = source.strip();
    r.recordedBy = by;
    r.recordedAt = at;
    return r;
  }

  public BlockResult(
      User learner, Block block, ExamSession session, boolean acquired, LocalDate decidedOn) {
    this.learner = learner;
    this.block = block;
    this.session = session;
    this.acquired = acquired;
    this.decidedOn = decidedOn;
  }

  /** An amendment after publication puts the corrected decision in force. */
  public void correct(boolean isAcquired) {
    this.acquired = isAcquired;
  }

  public Long getId() {
    return id;
  }

  public User getLearner() {
    return learner;
  }

  public Block getBlock() {
    return block;
  }

  public ExamSession getSession() {
    return session;
  }

  public boolean isAcquired() {
    return acquired;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public boolean isHistorical() {
    return historicalSource != null;
  }

  public String getHistoricalSource() {
    return historicalSource;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public java.time.Instant getRecordedAt() {
    return recordedAt;
  }
}
