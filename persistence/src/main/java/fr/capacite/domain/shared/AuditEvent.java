package fr.capacite.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One immutable line of the audit log: who did what to which subject, and when. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  public static final int SUBJECT_MAX = 200;
  public static final int DETAIL_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private AuditKind kind;

  @Column(nullable = false, length = 80, updatable = false)
  private String actor;

  @Column(nullable = false, length = SUBJECT_MAX, updatable = false)
  private String subject;

  @Column(nullable = false, length = DETAIL_MAX, updatable = false)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(AuditKind kind, String actor, String subject, String detail) {
    this.occurredAt = Instant.now();
    this.kind = kind;
    this.actor = truncate(actor, 80);
    this.subject = truncate(subject, SUBJECT_MAX);
    this.detail = truncate(detail, DETAIL_MAX);
  }

  private static String truncate(String value, int max) {
    if (value == null) {
      return "";
    }
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public AuditKind getKind() {
    return kind;
  }

  public String getActor() {
    return actor;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetail() {
    return detail;
  }
}
