package fr.capacite.domain.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the library's change log (outbox): a resource changed, on a server, at a time. Every
 * server's search index follows it, so that a resource published on one is found on the others.
 */
@Entity
@Table(name = "search_outbox")
@NamedQuery(
    name = "SearchChange.since",
    query =
        "SELECT c FROM SearchChange c WHERE c.changedAt > :since AND c.origin <> :origin"
            + " ORDER BY c.id")
public class SearchChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200, updatable = false)
  private String slug;

  @Column(nullable = false, length = 120, updatable = false)
  private String origin;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  protected SearchChange() {}

  public SearchChange(String slug, String origin, Instant changedAt) {
    this.slug = slug;
    this.origin = origin;
    this.changedAt = changedAt;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getOrigin() {
    return origin;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
