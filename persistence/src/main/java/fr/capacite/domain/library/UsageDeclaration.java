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
import java.time.LocalDate;

/** "I used this in a workshop": with whom, when, and how it went. */
@Entity
@Table(name = "usage_declaration")
public class UsageDeclaration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "resource_id", nullable = false)
  private LearningResource resource;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false)
  private User user;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Audience audience;

  @Column(nullable = false, length = 1000)
  private String outcome;

  @Column(name = "used_on", nullable = false)
  private LocalDate usedOn;

  @Column(name = "declared_at", nullable = false)
  private Instant declaredAt;

  protected UsageDeclaration() {}

  public UsageDeclaration(
      LearningResource resource,
      User user,
      Audience audience,
      String outcome,
      LocalDate usedOn,
      Instant at) {
    this.resource = resource;
    this.user = user;
    this.audience = audience;
    this.outcome = outcome;
    this.usedOn = usedOn;
    this.declaredAt = at;
  }

  public User getUser() {
    return user;
  }

  public Audience getAudience() {
    return audience;
  }

  public String getOutcome() {
    return outcome;
  }

  public LocalDate getUsedOn() {
    return usedOn;
  }

  /** A merge moves it to the canonical resource. */
  public void moveTo(LearningResource canonical) {
    this.resource = canonical;
  }
}
