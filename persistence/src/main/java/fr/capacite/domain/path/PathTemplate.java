package fr.capacite.domain.path;

import fr.capacite.domain.referential.CertificationVersion;
import jakarta.persistence.CascadeType;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A path template (modèle de parcours): an objective and an ordered or partly ordered module set.
 */
@Entity
@Table(name = "path_template")
@NamedQuery(
    name = "PathTemplate.findByCode",
    query = "SELECT t FROM PathTemplate t WHERE t.code = :code")
@NamedQuery(
    name = "PathTemplate.findAll",
    query = "SELECT t FROM PathTemplate t ORDER BY t.kind, t.title")
public class PathTemplate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 2000)
  private String objective;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private PathKind kind;

  /** For a title path: the version whose blocks are aimed at. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "certification_version_id")
  private CertificationVersion certificationVersion;

  /** For continuing education: thematic modules due in the first year, then each year. */
  @Column(name = "first_year_modules", nullable = false)
  private int firstYearModules;

  @Column(name = "yearly_modules", nullable = false)
  private int yearlyModules;

  @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("rank, id")
  private List<PathStep> steps = new ArrayList<>();

  @Version private long version;

  protected PathTemplate() {}

  public PathTemplate(String code, String title, PathKind kind) {
    this.code = code;
    this.title = title;
    this.kind = kind;
  }

  public void describe(String newTitle, String newObjective, CertificationVersion target) {
    if (kind == PathKind.TITLE && target == null) {
      throw new IllegalArgumentException("a title path aims at a certification version");
    }
    this.title = newTitle;
    this.objective = newObjective;
    this.certificationVersion = target;
  }

  /** Continuing education: e.g. 2 modules in the first year, then 1 a year. */
  public void allowance(int firstYear, int thereafter) {
    if (firstYear < 0 || thereafter < 0) {
      throw new IllegalArgumentException("module counts are not negative");
    }
    this.firstYearModules = firstYear;
    this.yearlyModules = thereafter;
  }

  /** Adds a module at a rank (1 first); a module appears once in a template. */
  public PathStep addStep(TrainingModule module, int rank) {
    if (steps.stream().anyMatch(s -> s.getModule().equals(module))) {
      throw new IllegalArgumentException("a module appears once in a path");
    }
    PathStep s = new PathStep(this, module, rank);
    steps.add(s);
    steps.sort(Comparator.comparingInt(PathStep::getRank));
    return s;
  }

  public void removeStep(PathStep step) {
    steps.remove(step);
  }

  /**
   * Sets the steps to exactly these modules at these ranks: steps kept are re-ranked in place (a
   * module is never deleted and inserted again in one flush), others go, new ones come.
   */
  public void arrange(java.util.Map<TrainingModule, Integer> ranks) {
    steps.removeIf(s -> !ranks.containsKey(s.getModule()));
    ranks.forEach(
        (module, rank) ->
            steps.stream()
                .filter(s -> s.getModule().equals(module))
                .findFirst()
                .ifPresentOrElse(
                    s -> s.rerank(rank), () -> steps.add(new PathStep(this, module, rank))));
    steps.sort(Comparator.comparingInt(PathStep::getRank));
  }

  /** Modules expected in a given year of the plan (1 = first year); 0 outside continuing paths. */
  public int modulesDueInYear(int year) {
    if (kind != PathKind.CONTINUING || year < 1) {
      return 0;
    }
    return year == 1 ? firstYearModules : yearlyModules;
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

  public String getObjective() {
    return objective;
  }

  public PathKind getKind() {
    return kind;
  }

  public CertificationVersion getCertificationVersion() {
    return certificationVersion;
  }

  public int getFirstYearModules() {
    return firstYearModules;
  }

  public int getYearlyModules() {
    return yearlyModules;
  }

  public List<PathStep> getSteps() {
    return List.copyOf(steps);
  }

  public long getVersion() {
    return version;
  }
}
