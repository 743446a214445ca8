package fr.capacite.domain.library;

import fr.capacite.domain.identity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A person's collection of resources: private, or shared with every logged-in user. */
@Entity
@Table(name = "resource_collection")
public class ResourceCollection {

  public static final int NAME_MAX = 150;
  public static final int DESCRIPTION_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false)
  private User owner;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(length = DESCRIPTION_MAX)
  private String description;

  @Column(nullable = false)
  private boolean shared;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected ResourceCollection() {}

  public ResourceCollection(User owner, Instant at) {
    this.owner = owner;
    this.createdAt = at;
  }

  /** Why the description cannot be kept (a message key), if it cannot. */
  public static Optional<String> problem(String name, String description) {
    if (name == null || name.isBlank()) {
      return Optional.of("library.collection.nameRequired");
    }
    if (name.strip().length() > NAME_MAX
        || (description != null && description.length() > DESCRIPTION_MAX)) {
      return Optional.of("library.collection.tooLong");
    }
    return Optional.empty();
  }

  public void describe(String name, String description, boolean shared) {
    problem(name, description)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
    this.name = name.strip();
    this.description = description == null || description.isBlank() ? null : description.strip();
    this.shared = shared;
  }

  public boolean visibleTo(User u) {
    return shared || owner.equals(u);
  }

  public Long getId() {
    return id;
  }

  public User getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public boolean isShared() {
    return shared;
  }

  public long getVersion() {
    return version;
  }
}
