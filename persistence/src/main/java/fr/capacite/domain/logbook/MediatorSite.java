package fr.capacite.domain.logbook;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.Territory;
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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A place where a mediator accompanies people (La Coop's "lieu d'activité"): a name and a postal
 * code, which places the logbook's entries in a department and a region. A site that closed is
 * archived, never deleted: the entries logged there keep it.
 */
@Entity
@Table(name = "mediator_site")
@NamedQuery(
    name = "MediatorSite.ofOwner",
    query =
        "SELECT s FROM MediatorSite s WHERE s.owner.username = :owner ORDER BY s.archived, s.name,"
            + " s.id")
public class MediatorSite {

  public static final int NAME_MAX = 120;
  public static final int MAX_PER_MEDIATOR = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false)
  private User owner;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "postal_code", nullable = false, length = 5)
  private String postalCode;

  /** INSEE code of the department, from the postal code (kept: postal codes do not move). */
  @Column(nullable = false, length = 3)
  private String department;

  @Column(nullable = false)
  private boolean archived;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected MediatorSite() {}

  /** A site: a name (1–120 characters) and a French postal code that names a department. */
  public MediatorSite(User owner, String name, String postalCode, Instant now) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > NAME_MAX) {
      throw new IllegalArgumentException("logbook.site.name");
    }
    String code = postalCode == null ? "" : postalCode.strip();
    this.department =
        Territory.departmentOf(code)
            .orElseThrow(() -> new IllegalArgumentException("logbook.site.postalCode"))
            .code();
    this.owner = owner;
    this.name = n;
    this.postalCode = code;
    this.createdAt = now;
  }

  /** Closed: no longer offered for new entries; the entries logged there keep it. */
  public void archive() {
    archived = true;
  }

  public void reopen() {
    archived = false;
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

  public String getPostalCode() {
    return postalCode;
  }

  public String getDepartment() {
    return department;
  }

  public boolean isArchived() {
    return archived;
  }

  public long getVersion() {
    return version;
  }
}
