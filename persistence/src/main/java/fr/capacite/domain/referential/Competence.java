package fr.capacite.domain.referential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A professional competence (compétence professionnelle) inside a block, in its official order. */
@Entity
@Table(name = "competence")
@NamedQuery(
    name = "Competence.findByBlocks",
    query =
        "SELECT c FROM Competence c WHERE c.block IN :blocks ORDER BY c.block.sortOrder, c.sortOrder")
public class Competence {

  /** Whole texts as France Compétences publishes them (some competences run past 500). */
  public static final int TITLE_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "block_id", nullable = false)
  private Block block;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @NotBlank
  @Size(max = TITLE_MAX)
  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  // A grid (score sheets, PVs) walks every block's competences and criteria: the criteria of every
  // competence read together
  // in one query (EclipseLink's IN batch), not one query each.
  @org.eclipse.persistence.annotations.BatchFetch(
      org.eclipse.persistence.annotations.BatchFetchType.IN)
  @OneToMany(mappedBy = "competence")
  @OrderBy("sortOrder")
  private List<Criterion> criteria = new ArrayList<>();

  @Version private long version;

  protected Competence() {}

  Competence(Block block, String title, int order) {
    this.block = block;
    this.title = title;
    this.sortOrder = order;
  }

  public Criterion addCriterion(String description) {
    int next = criteria.stream().mapToInt(Criterion::getOrder).max().orElse(0) + 1;
    Criterion c = new Criterion(this, description, next);
    criteria.add(c);
    return c;
  }

  public Long getId() {
    return id;
  }

  public Block getBlock() {
    return block;
  }

  public int getOrder() {
    return sortOrder;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public List<Criterion> getCriteria() {
    return criteria;
  }

  public long getVersion() {
    return version;
  }
}
