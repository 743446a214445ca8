package fr.capacite.domain.library;

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

/** The last check of one link of a resource's shown revision. */
@Entity
@Table(name = "link_check")
@NamedQuery(
    name = "LinkCheck.find",
    query = "SELECT c FROM LinkCheck c WHERE c.resource = :resource AND c.urlHash = :hash")
@NamedQuery(
    name = "LinkCheck.failing",
    query = "SELECT c FROM LinkCheck c JOIN FETCH c.resource WHERE c.ok = FALSE")
public class LinkCheck {

  /** Status recorded when no HTTP answer came (unknown host, refused, timeout). */
  public static final int NO_ANSWER = 0;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "resource_id", nullable = false)
  private LearningResource resource;

  @Column(name = "url_hash", nullable = false, length = 64)
  private String urlHash;

  @Column(nullable = false, length = 2000)
  private String url;

  @Column(name = "http_status", nullable = false)
  private int httpStatus;

  @Column(nullable = false)
  private boolean ok;

  @Column(nullable = false)
  private int failures;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt;

  @Column(name = "failing_since")
  private Instant failingSince;

  protected LinkCheck() {}

  public LinkCheck(LearningResource resource, String url, String urlHash) {
    this.resource = resource;
    this.url = url;
    this.urlHash = urlHash;
  }

  /** Records an answer: 2xx and 3xx are fine, anything else (or none) is a failure. */
  public void record(int status, Instant at) {
    httpStatus = status;
    checkedAt = at;
    ok = status >= 200 && status < 400;
    if (ok) {
      failures = 0;
      failingSince = null;
    } else {
      failures++;
      if (failingSince == null) {
        failingSince = at;
      }
    }
  }

  public LearningResource getResource() {
    return resource;
  }

  public String getUrl() {
    return url;
  }

  public int getHttpStatus() {
    return httpStatus;
  }

  public boolean isOk() {
    return ok;
  }

  public int getFailures() {
    return failures;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }

  public Instant getFailingSince() {
    return failingSince;
  }
}
