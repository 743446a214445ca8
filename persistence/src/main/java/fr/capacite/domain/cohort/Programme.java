package fr.capacite.domain.cohort;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Set;
import java.util.TreeSet;

/**
 * A training programme and the path lengths its positioning test may assign (R11), e.g. the
 * 2021–2023 CnFS programme allows 105, 280, 350 or 420 hours. Placement hours (stage) come on top.
 */
@Entity
@Table(name = "programme")
@NamedQuery(name = "Programme.findByCode", query = "SELECT p FROM Programme p WHERE p.code = :code")
@NamedQuery(
    name = "Programme.findAll",
    query = "SELECT DISTINCT p FROM Programme p LEFT JOIN FETCH p.pathHours ORDER BY p.code")
public class Programme {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "placement_hours", nullable = false)
  private int placementHours;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "programme_path_hours", joinColumns = @JoinColumn(name = "programme_id"))
  @Column(name = "hours")
  private Set<Integer> pathHours = new TreeSet<>();

  @Version private long version;

  protected Programme() {}

  public Programme(String code, String title, Set<Integer> pathHours, int placementHours) {
    if (pathHours.isEmpty() || pathHours.stream().anyMatch(h -> h <= 0) || placementHours < 0) {
      throw new IllegalArgumentException("a programme allows at least one positive path length");
    }
    this.code = code;
    this.title = title;
    this.pathHours = new TreeSet<>(pathHours);
    this.placementHours = placementHours;
  }

  /** Whether a positioning result may set this many hours. */
  public boolean allows(int hours) {
    return pathHours.contains(hours);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public int getPlacementHours() {
    return placementHours;
  }

  public Set<Integer> getPathHours() {
    return new TreeSet<>(pathHours);
  }
}
