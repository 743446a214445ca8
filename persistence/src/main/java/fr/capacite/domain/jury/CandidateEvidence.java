package fr.capacite.domain.jury;

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
 * One piece of a candidate's evidence (R6): a file (the DP, stored by its SHA-256 content hash) or
 * a text (ECF results, notes on the MSP, interview or questionnaire).
 */
@Entity
@Table(name = "candidate_evidence")
@NamedQuery(
    name = "CandidateEvidence.findByCandidate",
    query = "SELECT e FROM CandidateEvidence e WHERE e.candidate = :candidate ORDER BY e.kind")
public class CandidateEvidence {

  public static final int TEXT_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "candidate_id", nullable = false)
  private ExamCandidate candidate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EvidenceKind kind;

  @Column(name = "file_name", length = 200)
  private String fileName;

  @Column(name = "file_size")
  private Long fileSize;

  @Column(length = 64)
  private String sha256;

  @Column(name = "evidence_text", length = TEXT_MAX)
  private String text;

  @Column(name = "recorded_by", nullable = false, length = 80)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Version private long version;

  protected CandidateEvidence() {}

  public CandidateEvidence(ExamCandidate candidate, EvidenceKind kind) {
    this.candidate = candidate;
    this.kind = kind;
  }

  public void file(String name, long size, String hash, String by, Instant at) {
    this.fileName = name;
    this.fileSize = size;
    this.sha256 = hash;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public void text(String value, String by, Instant at) {
    if (value != null && value.length() > TEXT_MAX) {
      throw new IllegalArgumentException("text too long");
    }
    this.text = value == null || value.isBlank() ? null : value.strip();
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public Long getId() {
    return id;
  }

  public ExamCandidate getCandidate() {
    return candidate;
  }

  public EvidenceKind getKind() {
    return kind;
  }

  public String getFileName() {
    return fileName;
  }

  public Long getFileSize() {
    return fileSize;
  }

  public String getSha256() {
    return sha256;
  }

  public String getText() {
    return text;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
