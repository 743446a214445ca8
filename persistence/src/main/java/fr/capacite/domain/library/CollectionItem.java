package fr.capacite.domain.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A resource in a collection (once). */
@Entity
@Table(name = "collection_item")
public class CollectionItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "collection_id", nullable = false)
  private ResourceCollection collection;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "resource_id", nullable = false)
  private LearningResource resource;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected CollectionItem() {}

  public CollectionItem(ResourceCollection collection, LearningResource resource, Instant at) {
    this.collection = collection;
    this.resource = resource;
    this.addedAt = at;
  }

  public ResourceCollection getCollection() {
    return collection;
  }

  public LearningResource getResource() {
    return resource;
  }

  /** A merge moves the item to the canonical resource. */
  public void moveTo(LearningResource canonical) {
    this.resource = canonical;
  }
}
