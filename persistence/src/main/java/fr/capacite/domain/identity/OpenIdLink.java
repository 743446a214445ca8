package fr.capacite.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An identity of an OpenID Connect provider (its issuer and the subject it gives the person) that
 * opens a Capacité account: the provider proves who signs in, the account says what they may do.
 */
@Entity
@Table(name = "openid_link")
@NamedQuery(
    name = "OpenIdLink.of",
    query =
        "SELECT l FROM OpenIdLink l JOIN FETCH l.user WHERE l.issuer = :issuer AND l.subject ="
            + " :subject")
@NamedQuery(
    name = "OpenIdLink.ofUser",
    query = "SELECT l FROM OpenIdLink l WHERE l.user.username = :username ORDER BY l.linkedAt")
public class OpenIdLink {

  public static final int ISSUER_MAX = 255;
  public static final int SUBJECT_MAX = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = ISSUER_MAX)
  private String issuer;

  @Column(nullable = false, length = SUBJECT_MAX)
  private String subject;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id", nullable = false)
  private User user;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  @Column(name = "last_used_at", nullable = false)
  private Instant lastUsedAt;

  protected OpenIdLink() {}

  public OpenIdLink(String issuer, String subject, User user, Instant now) {
    if (issuer == null || issuer.isBlank() || issuer.length() > ISSUER_MAX) {
      throw new IllegalArgumentException("an issuer of at most " + ISSUER_MAX + " characters");
    }
    if (subject == null || subject.isBlank() || subject.length() > SUBJECT_MAX) {
      throw new IllegalArgumentException("a subject of at most " + SUBJECT_MAX + " characters");
    }
    this.issuer = issuer;
    this.subject = subject;
    this.user = user;
    this.linkedAt = now;
    this.lastUsedAt = now;
  }

  public void used(Instant now) {
    lastUsedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getIssuer() {
    return issuer;
  }

  public String getSubject() {
    return subject;
  }

  public User getUser() {
    return user;
  }

  public Instant getLinkedAt() {
    return linkedAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}
