package fr.capacite.domain.credential;

import fr.capacite.domain.identity.User;
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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An issued verifiable credential (Open Badges 3.0): the signed JWS is kept as issued and never
 * changes; a revocation records when, why and by whom, and verification shows the reason.
 */
@Entity
@Table(name = "credential")
@NamedQuery(
    name = "Credential.findByPublicId",
    query = "SELECT c FROM Credential c JOIN FETCH c.learner WHERE c.publicId = :id")
@NamedQuery(
    name = "Credential.findByLearner",
    query =
        "SELECT c FROM Credential c WHERE c.learner = :learner ORDER BY c.issuedAt DESC, c.id DESC")
@NamedQuery(
    name = "Credential.countByLearner",
    query = "SELECT COUNT(c) FROM Credential c WHERE c.learner = :learner")
@NamedQuery(
    name = "Credential.findActiveBySource",
    query =
        "SELECT c FROM Credential c WHERE c.learner = :learner AND c.kind = :kind"
            + " AND (c.sourceRef = :source OR c.sourceRef LIKE :reissued) AND c.revokedAt IS NULL")
@NamedQuery(
    name = "Credential.revokedPositions",
    query =
        "SELECT c.statusIndex FROM Credential c WHERE c.revokedAt IS NOT NULL AND c.statusIndex"
            + " BETWEEN :from AND :to")
@NamedQuery(
    name = "Credential.countBySource",
    query =
        "SELECT COUNT(c) FROM Credential c WHERE c.learner = :learner AND c.kind = :kind"
            + " AND (c.sourceRef = :source OR c.sourceRef LIKE :reissued)")
public class Credential {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, length = 36)
  private String publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "learner_id", nullable = false)
  private User learner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CredentialKind kind;

  /**
   * What it was issued for, e.g. {@code block-result:42}; a source granted again after a revocation
   * gets a new credential, {@code block-result:42#2}.
   */
  @Column(name = "source_ref", nullable = false, length = 80)
  private String sourceRef;

  @Column(nullable = false, length = 300)
  private String achievement;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(nullable = false, length = 80)
  private String kid;

  @Column(nullable = false, length = 16000)
  private String jws;

  /** Its position in the status lists (W3C Bitstring Status List); null for older ones. */
  @Column(name = "status_index", updatable = false)
  private Integer statusIndex;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revocation_reason", length = 500)
  private String revocationReason;

  @Column(name = "revoked_by", length = 80)
  private String revokedBy;

  @Version private long version;

  protected Credential() {}

  public Credential(
      String publicId,
      User learner,
      CredentialKind kind,
      String sourceRef,
      String achievement,
      Instant issuedAt,
      String kid,
      String jws) {
    this.publicId = publicId;
    this.learner = learner;
    this.kind = kind;
    this.sourceRef = sourceRef;
    this.achievement = achievement;
    this.issuedAt = issuedAt;
    this.kid = kid;
    this.jws = jws;
  }

  /** A credential with its position in the status lists. */
  public Credential withStatusIndex(int index) {
    this.statusIndex = index;
    return this;
  }

  public Integer getStatusIndex() {
    return statusIndex;
  }

  /** Revokes once; the first reason stands. */
  public boolean revoke(String reason, String by, Instant at) {
    if (isRevoked()) {
      return false;
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a revocation gives its reason");
    }
    this.revocationReason = reason.strip();
    this.revokedBy = by;
    this.revokedAt = at;
    return true;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public User getLearner() {
    return learner;
  }

  public CredentialKind getKind() {
    return kind;
  }

  public String getSourceRef() {
    return sourceRef;
  }

  public String getAchievement() {
    return achievement;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getKid() {
    return kid;
  }

  public String getJws() {
    return jws;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevocationReason() {
    return revocationReason;
  }

  public String getRevokedBy() {
    return revokedBy;
  }
}
