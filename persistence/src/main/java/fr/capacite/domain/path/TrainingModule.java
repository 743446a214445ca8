package fr.capacite.domain.path;

import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.referential.PixCompetence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/**
 * A module of the catalogue: training towards a block (certifying) or a thematic module of 7–14 h,
 * with the competences it addresses, its prerequisites and who delivers it.
 */
@Entity
@Table(name = "training_module")
@NamedQuery(
    name = "TrainingModule.findByCode",
    query = "SELECT m FROM TrainingModule m WHERE m.code = :code")
@NamedQuery(
    name = "TrainingModule.findByIds",
    query =
        "SELECT DISTINCT m FROM TrainingModule m LEFT JOIN FETCH m.block LEFT JOIN FETCH m.prerequisites"
            + " WHERE m.id IN :ids")
public class TrainingModule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 2000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ModuleKind kind;

  @Column(nullable = false)
  private int hours;

  /** The block a certifying module trains towards. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "block_id")
  private Block block;

  @Column(nullable = false)
  private boolean active = true;

  @ManyToMany
  @JoinTable(
      name = "module_competence",
      joinColumns = @JoinColumn(name = "module_id"),
      inverseJoinColumns = @JoinColumn(name = "competence_id"))
  private Set<Competence> competences = new HashSet<>();

  @ManyToMany
  @JoinTable(
      name = "module_pix",
      joinColumns = @JoinColumn(name = "module_id"),
      inverseJoinColumns = @JoinColumn(name = "pix_competence_id"))
  private Set<PixCompetence> pixCompetences = new HashSet<>();

  @ManyToMany
  @JoinTable(
      name = "module_prerequisite",
      joinColumns = @JoinColumn(name = "module_id"),
      inverseJoinColumns = @JoinColumn(name = "block_id"))
  private Set<Block> prerequisites = new HashSet<>();

  @ManyToMany
  @JoinTable(
      name = "module_organisation",
      joinColumns = @JoinColumn(name = "module_id"),
      inverseJoinColumns = @JoinColumn(name = "organisation_id"))
  private Set<TrainingOrganisation> organisations = new HashSet<>();

  @ManyToMany
  @JoinTable(
      name = "module_cohort",
      joinColumns = @JoinColumn(name = "module_id"),
      inverseJoinColumns = @JoinColumn(name = "cohort_id"))
  private Set<Cohort> cohorts = new HashSet<>();

  @Version private long version;

  protected TrainingModule() {}

  public TrainingModule(String code, String title, ModuleKind kind, int hours, Block block) {
    this.code = code;
    describe(title, null, kind, hours, block);
  }

  /** Sets what the module is; a thematic module lasts 7–14 h, a certifying one names its block. */
  public final void describe(
      String newTitle, String newDescription, ModuleKind newKind, int newHours, Block newBlock) {
    if (newKind == ModuleKind.THEMATIC
        && (newHours < ModuleKind.THEMATIC_MIN_HOURS || newHours > ModuleKind.THEMATIC_MAX_HOURS)) {
      throw new IllegalArgumentException("a thematic module lasts 7 to 14 hours");
    }
    if (newKind == ModuleKind.CERTIFYING && newBlock == null) {
      throw new IllegalArgumentException("a certifying module trains towards a block");
    }
    if (newHours <= 0) {
      throw new IllegalArgumentException("a module lasts at least one hour");
    }
    this.title = newTitle;
    this.description = newDescription;
    this.kind = newKind;
    this.hours = newHours;
    this.block = newKind == ModuleKind.CERTIFYING ? newBlock : null;
  }

  public void address(Set<Competence> titleCompetences, Set<PixCompetence> pix) {
    competences = new HashSet<>(titleCompetences);
    pixCompetences = new HashSet<>(pix);
  }

  public void require(Set<Block> blocks) {
    prerequisites = new HashSet<>(blocks);
  }

  public void deliveredBy(Set<TrainingOrganisation> byOrganisations, Set<Cohort> inCohorts) {
    organisations = new HashSet<>(byOrganisations);
    cohorts = new HashSet<>(inCohorts);
  }

  public void activate(boolean isActive) {
    this.active = isActive;
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

  public String getDescription() {
    return description;
  }

  public ModuleKind getKind() {
    return kind;
  }

  public int getHours() {
    return hours;
  }

  public Block getBlock() {
    return block;
  }

  public boolean isActive() {
    return active;
  }

  public Set<Competence> getCompetences() {
    return Set.copyOf(competences);
  }

  public Set<PixCompetence> getPixCompetences() {
    return Set.copyOf(pixCompetences);
  }

  public Set<Block> getPrerequisites() {
    return Set.copyOf(prerequisites);
  }

  public Set<TrainingOrganisation> getOrganisations() {
    return Set.copyOf(organisations);
  }

  public Set<Cohort> getCohorts() {
    return Set.copyOf(cohorts);
  }

  public long getVersion() {
    return version;
  }
}
