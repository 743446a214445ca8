package fr.capacite.domain.referential;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A block of a title version (CCP or CCS), obtainable on its own. Invariant: a retired block stays
 * in the referential (results refer to it) but is no longer offered for new sessions.
 */
@Entity
@Table(name = "block")
@NamedQuery(
    name = "Block.findByVersion",
    query = "SELECT b FROM Block b WHERE b.certificationVersion = :version ORDER BY b.sortOrder")
@NamedQuery(
    name = "Block.findByVersionAndCode",
    query = "SELECT b FROM Block b WHERE b.certificationVersion = :version AND b.code = :code")
@NamedQuery(
    name = "Block.findByRncpCode",
    query = "SELECT b FROM Block b WHERE b.rncpCode = :rncpCode")
public class Block {

  public static final int CODE_MAX = 40;
  public static final int TITLE_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", nullable = false)
  private CertificationVersion certificationVersion;

  @NotBlank
  @Size(max = CODE_MAX)
  @Column(nullable = false, length = CODE_MAX)
  private String code;

  @Size(max = CODE_MAX)
  @Column(name = "rncp_code", length = CODE_MAX)
  private String rncpCode;

  /** Null when the official wording is not known yet (never invented). */
  @Size(max = TITLE_MAX)
  @Column(length = TITLE_MAX)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private BlockKind kind;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean retired;

  // A grid (score sheets, PVs) walks every block's competences and criteria: the competences of
  // every block read together
  // in one query (EclipseLink's IN batch), not one query each.
  @org.eclipse.persistence.annotations.BatchFetch(
      org.eclipse.persistence.annotations.BatchFetchType.IN)
  @OneToMany(mappedBy = "block")
  @OrderBy("sortOrder")
  private List<Competence> competences = new ArrayList<>();

  @Version private long version;

  protected Block() {}

  Block(CertificationVersion version, String code, String title, BlockKind kind, int order) {
    this.certificationVersion = version;
    this.code = code;
    this.title = title;
    this.kind = kind;
    this.sortOrder = order;
  }

  public Competence addCompetence(String competenceTitle) {
    int next = competences.stream().mapToInt(Competence::getOrder).max().orElse(0) + 1;
    Competence c = new Competence(this, competenceTitle, next);
    competences.add(c);
    return c;
  }

  /** Whether the block may be deleted outright rather than retired. */
  public boolean isDeletable() {
    return !certificationVersion.isUsedInExam();
  }

  public void retire() {
    this.retired = true;
  }

  public void reinstate() {
    this.retired = false;
  }

  public Long getId() {
    return id;
  }

  public CertificationVersion getCertificationVersion() {
    return certificationVersion;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getRncpCode() {
    return rncpCode;
  }

  public void setRncpCode(String rncpCode) {
    this.rncpCode = rncpCode;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public BlockKind getKind() {
    return kind;
  }

  public void setKind(BlockKind kind) {
    this.kind = kind;
  }

  public int getOrder() {
    return sortOrder;
  }

  public void setOrder(int order) {
    this.sortOrder = order;
  }

  public boolean isRetired() {
    return retired;
  }

  public List<Competence> getCompetences() {
    return competences;
  }

  public long getVersion() {
    return version;
  }
}
