package fr.capacite.domain.jury;

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
import java.time.Instant;

/**
 * A correction of a signed decision (R9): who, when, why, the old and new values. The signed
 * decision itself never changes; the latest amendment gives the decision in force.
 */
@Entity
@Table(name = "decision_amendment")
@NamedQuery(
    name = "Amendment.findBySession",
    query =
        "SELECT a FROM Amendment a JOIN FETCH a.decision d WHERE d.candidate.session = :session ORDER BY"
            + " a.amendedAt")
public class Amendment {

  public static final int REASON_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "decision_id", nullable = false)
  private BlockDecision decision;

  @Column(name = "old_acquired", nullable = false)
  private boolean oldAcquired;

  @Column(name = "new_acquired", nullable = false)
  private boolean newAcquired;

  @Column(nullable = false, length = REASON_MAX)
  private String reason;

  @Column(name = "amended_by", nullable = false, length = 80)
  private String amendedBy;

  @Column(name = "amended_at", nullable = false)
  private Instant amendedAt;

  protected Amendment() {}

  public Amendment(
      BlockDecision decision, boolean before, boolean after, String why, String by, Instant at) {
    if (why == null || why.isBlank()) {
      throw new IllegalArgumentException("an amendment states why");
    }
    if (before == after) {
      throw new IllegalArgumentException("an amendment changes the decision");
    }
    this.decision = decision;
    this.oldAcquired = before;
    this.newAcquired = after;
    this.reason = why.strip();
    this.amendedBy = by;
    this.amendedAt = at;
  }

  public BlockDecision getDecision() {
    return decision;
  }

  public boolean isOldAcquired() {
    return oldAcquired;
  }

  public boolean isNewAcquired() {
    return newAcquired;
  }

  public String getReason() {
    return reason;
  }

  public String getAmendedBy() {
    return amendedBy;
  }

  public Instant getAmendedAt() {
    return amendedAt;
  }
}
