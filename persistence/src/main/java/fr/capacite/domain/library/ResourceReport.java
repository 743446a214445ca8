package fr.capacite.domain.library;

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

/** A report on a resource, in the moderation queue until a curator resolves or dismisses it. */
@Entity
@Table(name = "resource_report")
@NamedQuery(
    name = "ResourceReport.open",
    query =
        "SELECT r FROM ResourceReport r JOIN FETCH r.resource JOIN FETCH r.reporter"
            + " WHERE r.status = fr.capacite.domain.library.ReportStatus.OPEN ORDER BY r.reportedAt")
@NamedQuery(
    name = "ResourceReport.countOpen",
    query =
        "SELECT COUNT(r) FROM ResourceReport r WHERE r.status = fr.capacite.domain.library.ReportStatus.OPEN")
public class ResourceReport {

  public static final int TEXT_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "resource_id", nullable = false)
  private LearningResource resource;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "reporter_id", nullable = false)
  private User reporter;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReportKind kind;

  @Column(length = TEXT_MAX)
  private String details;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ReportStatus status = ReportStatus.OPEN;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "resolved_by_id")
  private User resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(length = TEXT_MAX)
  private String resolution;

  @Version private long version;

  protected ResourceReport() {}

  public ResourceReport(
      LearningResource resource, User reporter, ReportKind kind, String details, Instant at) {
    this.resource = resource;
    this.reporter = reporter;
    this.kind = kind;
    this.details = details;
    this.reportedAt = at;
  }

  /** Closes the report once, with what was done. */
  public void close(boolean upheld, User by, String what, Instant at) {
    if (status != ReportStatus.OPEN) {
      throw new IllegalStateException("library.report.closed");
    }
    if (what == null || what.isBlank()) {
      throw new IllegalArgumentException("library.report.resolutionRequired");
    }
    this.status = upheld ? ReportStatus.RESOLVED : ReportStatus.DISMISSED;
    this.resolvedBy = by;
    this.resolvedAt = at;
    this.resolution = what.strip();
  }

  public Long getId() {
    return id;
  }

  public LearningResource getResource() {
    return resource;
  }

  public User getReporter() {
    return reporter;
  }

  public ReportKind getKind() {
    return kind;
  }

  public String getDetails() {
    return details;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public String getResolution() {
    return resolution;
  }

  public long getVersion() {
    return version;
  }
}
