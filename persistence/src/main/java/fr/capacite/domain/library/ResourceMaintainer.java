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

/** A person who may edit a resource directly: its author or an invited co-maintainer. */
@Entity
@Table(name = "resource_maintainer")
public class ResourceMaintainer {

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
  @Column(name = "maintainer_role", nullable = false, length = 20)
  private MaintainerRole role;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected ResourceMaintainer() {}

  ResourceMaintainer(LearningResource resource, User user, MaintainerRole role, Instant at) {
    this.resource = resource;
    this.user = user;
    this.role = role;
    this.addedAt = at;
  }

  public User getUser() {
    return user;
  }

  public MaintainerRole getRole() {
    return role;
  }
}
