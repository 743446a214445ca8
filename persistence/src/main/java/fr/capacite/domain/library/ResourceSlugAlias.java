package fr.capacite.domain.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A former address of a resource, which keeps leading to it (the page then redirects). */
@Entity
@Table(name = "resource_slug_alias")
@NamedQuery(
    name = "ResourceSlugAlias.resource",
    query = "SELECT a.resource FROM ResourceSlugAlias a WHERE a.slug = :slug")
public class ResourceSlugAlias {

  @Id
  @Column(length = 120)
  private String slug;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "resource_id", nullable = false)
  private LearningResource resource;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ResourceSlugAlias() {}

  public ResourceSlugAlias(String slug, LearningResource resource, Instant at) {
    this.slug = slug;
    this.resource = resource;
    this.createdAt = at;
  }

  public String getSlug() {
    return slug;
  }

  public LearningResource getResource() {
    return resource;
  }
}
