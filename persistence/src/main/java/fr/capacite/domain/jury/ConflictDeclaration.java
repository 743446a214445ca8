package fr.capacite.domain.jury;

import fr.capacite.domain.identity.User;
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

/** A personal or professional link a juror declares with a person (R3): never their assessor. */
@Entity
@Table(name = "conflict_declaration")
@NamedQuery(
    name = "ConflictDeclaration.findByJurorsAndCandidates",
    query =
        "SELECT d FROM ConflictDeclaration d WHERE d.juror IN :jurors AND d.candidate IN :candidates")
@NamedQuery(
    name = "ConflictDeclaration.findByJuror",
    query =
        "SELECT d FROM ConflictDeclaration d JOIN FETCH d.candidate WHERE d.juror = :juror ORDER BY d.declaredAt DESC")
public class ConflictDeclaration {

  public static final int REASON_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "juror_id", nullable = false)
  private User juror;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "candidate_id", nullable = false)
  private User candidate;

  @Column(nullable = false, length = REASON_MAX)
  private String reason;

  @Column(name = "declared_at", nullable = false)
  private Instant declaredAt;

  protected ConflictDeclaration() {}

  public ConflictDeclaration(User juror, User candidate, String reason) {
    if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
      throw new IllegalArgumentException("a declared link states its nature");
    }
    this.juror = juror;
    this.candidate = candidate;
    this.reason = reason.strip();
    this.declaredAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public User getJuror() {
    return juror;
  }

  public User getCandidate() {
    return candidate;
  }

  public String getReason() {
    return reason;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }
}
