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
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person credited on a resource. Co-authors accept the credit and the licence before a labelled
 * version is published (like OpenStax CNX releases).
 */
@Entity
@Table(name = "resource_credit")
public class ResourceCredit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "resource_id", nullable = false)
  private LearningResource resource;

  // The people of all of a resource's rows in one query when the page lists them.
  @org.eclipse.persistence.annotations.BatchFetch(
      org.eclipse.persistence.annotations.BatchFetchType.IN)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false)
  private User user;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private CreditKind kind;

  @Column(name = "credited_at", nullable = false)
  private Instant creditedAt;

  @Column(name = "consent_at")
  private Instant consentAt;

  protected ResourceCredit() {}

  ResourceCredit(LearningResource resource, User user, CreditKind kind, Instant at) {
    this.resource = resource;
    this.user = user;
    this.kind = kind;
    this.creditedAt = at;
    // The author consents by publishing; others are asked.
    this.consentAt = kind == CreditKind.AUTHOR ? at : null;
  }

  public void consent(Instant at) {
    if (consentAt == null) {
      consentAt = at;
    }
  }

  public boolean hasConsented() {
    return consentAt != null;
  }

  public User getUser() {
    return user;
  }

  public CreditKind getKind() {
    return kind;
  }

  public Instant getConsentAt() {
    return consentAt;
  }
}
