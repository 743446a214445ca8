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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One registered version of a title (millésime), with its validity dates. Invariants: {@code
 * validFrom <= validUntil}; once an exam session has used the version ({@link #isUsedInExam()}),
 * its blocks can be retired but never deleted, because results refer to them.
 */
@Entity
@Table(name = "certification_version")
@NamedQuery(
    name = "CertificationVersion.findByCode",
    query = "SELECT v FROM CertificationVersion v WHERE v.code = :code")
@NamedQuery(
    name = "CertificationVersion.findByRncpCode",
    query = "SELECT v FROM CertificationVersion v WHERE v.rncpCode = :rncpCode")
@NamedQuery(
    name = "CertificationVersion.findAllWithCertification",
    query =
        "SELECT v FROM CertificationVersion v JOIN FETCH v.certification LEFT JOIN FETCH"
            + " v.predecessor ORDER BY v.certification.title, v.validFrom")
@NamedQuery(
    name = "CertificationVersion.findSuccessors",
    query = "SELECT v FROM CertificationVersion v WHERE v.predecessor = :version")
@NamedQuery(
    name = "CertificationVersion.findPredecessorIds",
    query = "SELECT v.predecessor.id FROM CertificationVersion v WHERE v.predecessor IS NOT NULL")
public class CertificationVersion {

  public static final int CODE_MAX = 40;
  public static final int TITLE_MAX = 300;
  public static final int RNCP_MAX = 20;

  /** RNCP or RS (répertoire spécifique) followed by digits: both registries are imported. */
  public static final String RNCP_PATTERN = "(RNCP|RS)\\d+";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "certification_id", nullable = false)
  private Certification certification;

  @NotBlank
  @Size(max = CODE_MAX)
  @Column(nullable = false, unique = true, length = CODE_MAX)
  private String code;

  @NotBlank
  @Size(max = TITLE_MAX)
  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Size(max = RNCP_MAX)
  @Pattern(regexp = RNCP_PATTERN)
  @Column(name = "rncp_code", length = RNCP_MAX, unique = true)
  private String rncpCode;

  @Size(max = 40)
  @Column(name = "level_label", length = 40)
  private String level;

  @Size(max = 20)
  @Column(name = "nsf_code", length = 20)
  private String nsf;

  @Size(max = 300)
  @Column(name = "legal_basis", length = 300)
  private String legalBasis;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  /** Whether the validity was prolonged beyond the original registration (prorogation). */
  @Column(nullable = false)
  private boolean extended;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "predecessor_id")
  private CertificationVersion predecessor;

  @Column(name = "used_in_exam", nullable = false)
  private boolean usedInExam;

  @OneToMany(mappedBy = "certificationVersion")
  @OrderBy("sortOrder")
  private List<Block> blocks = new ArrayList<>();

  @Version private long version;

  protected CertificationVersion() {}

  CertificationVersion(Certification certification, String code, String title) {
    this.certification = certification;
    this.code = code;
    this.title = title;
  }

  /**
   * Status on a given day. {@code successorStart} is the start of the version that replaces this
   * one, if any.
   */
  public VersionStatus statusOn(LocalDate day, Optional<LocalDate> successorStart) {
    if (validFrom != null && day.isBefore(validFrom)) {
      return VersionStatus.UPCOMING;
    }
    if (successorStart.isPresent() && !day.isBefore(successorStart.get())) {
      return VersionStatus.REPLACED;
    }
    if (validUntil != null && day.isAfter(validUntil)) {
      return VersionStatus.EXPIRED;
    }
    return extended ? VersionStatus.EXTENDED : VersionStatus.ACTIVE;
  }

  /** For each version that was replaced, the first day of its earliest successor. */
  public static java.util.Map<Long, LocalDate> successorStarts(
      java.util.Collection<CertificationVersion> versions) {
    java.util.Map<Long, LocalDate> starts = new java.util.HashMap<>();
    for (CertificationVersion v : versions) {
      if (v.getPredecessor() != null && v.getValidFrom() != null) {
        starts.merge(v.getPredecessor().getId(), v.getValidFrom(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    return starts;
  }

  /**
   * The versions as a reader expects them: those in force on the day first, then the newest first.
   */
  public static List<CertificationVersion> inForceFirst(
      List<CertificationVersion> versions, LocalDate day) {
    java.util.Map<CertificationVersion, LocalDate> starts = new java.util.IdentityHashMap<>();
    for (CertificationVersion v : versions) {
      if (v.getPredecessor() != null && v.getValidFrom() != null) {
        starts.merge(v.getPredecessor(), v.getValidFrom(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    java.util.function.Predicate<CertificationVersion> inForce =
        v -> {
          VersionStatus st = v.statusOn(day, Optional.ofNullable(starts.get(v)));
          return st == VersionStatus.ACTIVE || st == VersionStatus.EXTENDED;
        };
    return versions.stream()
        .sorted(
            java.util.Comparator.comparing((CertificationVersion v) -> !inForce.test(v))
                .thenComparing(
                    CertificationVersion::getValidFrom,
                    java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                .thenComparing(CertificationVersion::getCode))
        .toList();
  }

  /** Whether the day falls inside the validity period (open ends count as valid). */
  public boolean isValidOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom))
        && (validUntil == null || !day.isAfter(validUntil));
  }

  /** Sets the validity period; refuses an end before the start. */
  public void setValidity(LocalDate from, LocalDate until, boolean extendedValidity) {
    if (from != null && until != null && until.isBefore(from)) {
      throw new IllegalArgumentException("validUntil before validFrom");
    }
    this.validFrom = from;
    this.validUntil = until;
    this.extended = extendedValidity;
  }

  /** Adds a block at the end of the version; the caller persists it. */
  public Block addBlock(String blockCode, String blockTitle, BlockKind kind) {
    int next = blocks.stream().mapToInt(Block::getOrder).max().orElse(0) + 1;
    Block block = new Block(this, blockCode, blockTitle, kind, next);
    blocks.add(block);
    return block;
  }

  /** Marks the version as used by an exam session: from then on blocks can only be retired. */
  public void markUsedInExam() {
    this.usedInExam = true;
  }

  public Long getId() {
    return id;
  }

  public Certification getCertification() {
    return certification;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getRncpCode() {
    return rncpCode;
  }

  public void setRncpCode(String rncpCode) {
    this.rncpCode = rncpCode;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getNsf() {
    return nsf;
  }

  public void setNsf(String nsf) {
    this.nsf = nsf;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public boolean isExtended() {
    return extended;
  }

  public CertificationVersion getPredecessor() {
    return predecessor;
  }

  public void setPredecessor(CertificationVersion predecessor) {
    if (predecessor == this) {
      throw new IllegalArgumentException("a version cannot succeed itself");
    }
    this.predecessor = predecessor;
  }

  public boolean isUsedInExam() {
    return usedInExam;
  }

  public List<Block> getBlocks() {
    return blocks;
  }

  public long getVersion() {
    return version;
  }
}
