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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A signed PV as stored (R9): its whole content in JSON and the SHA-256 of that text. Revision 1 is
 * written when the last juror signs; each amendment adds the next revision and leaves the earlier
 * ones as they were. No column is ever updated: the mapping says so, and nothing offers a setter.
 */
@Entity
@Table(name = "pv_record")
@NamedQuery(
    name = "PvRecord.latest",
    query =
        "SELECT r FROM PvRecord r WHERE r.session = :session AND r.revision = (SELECT MAX(x.revision)"
            + " FROM PvRecord x WHERE x.session = :session)")
@NamedQuery(
    name = "PvRecord.bySession",
    query = "SELECT r FROM PvRecord r WHERE r.session = :session ORDER BY r.revision")
@NamedQuery(
    name = "PvRecord.latestByCode",
    query = "SELECT r FROM PvRecord r WHERE r.code = :code ORDER BY r.revision DESC")
public class PvRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false, updatable = false)
  private ExamSession session;

  @Column(nullable = false, updatable = false)
  private int revision;

  /** The PV's own verification code, the same for every revision of one PV. */
  @Column(nullable = false, updatable = false, length = 10)
  private String code;

  // CLOB on Derby, TEXT on PostgreSQL; read and written as a plain string on both.
  @Column(nullable = false, updatable = false)
  private String content;

  @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
  private String contentHash;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 80)
  private String recordedBy;

  /** Why this revision exists: null for the signed original, the amendment's reason after. */
  @Column(updatable = false, length = Amendment.REASON_MAX)
  private String reason;

  protected PvRecord() {}

  public PvRecord(
      ExamSession session,
      int revision,
      String code,
      String content,
      Instant at,
      String by,
      String reason) {
    if (revision < 1 || (revision == 1) != (reason == null)) {
      throw new IllegalArgumentException("revision 1 is the original; later ones say why");
    }
    this.session = session;
    this.revision = revision;
    this.code = code;
    this.content = content;
    this.contentHash = sha256(content);
    this.recordedAt = at;
    this.recordedBy = by;
    this.reason = reason;
  }

  /** The SHA-256 of the content's UTF-8 bytes, in lower-case hexadecimal. */
  public static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Whether the stored text still matches the hash written with it. */
  public boolean intact() {
    return sha256(content).equals(contentHash);
  }

  public Long getId() {
    return id;
  }

  public ExamSession getSession() {
    return session;
  }

  public int getRevision() {
    return revision;
  }

  public String getCode() {
    return code;
  }

  public String getContent() {
    return content;
  }

  public String getContentHash() {
    return contentHash;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getReason() {
    return reason;
  }
}
