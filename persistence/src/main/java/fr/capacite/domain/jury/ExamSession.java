package fr.capacite.domain.jury;

import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.referential.CertificationVersion;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An exam session held by an approved centre (R4): its kind, the version and blocks it assesses,
 * site, day and modality, and where it stands in its life. Invariants: the blocks belong to the
 * version and suit the kind; a remote session assesses CCP1 alone (R10); the status moves one step
 * at a time.
 */
@Entity
@Table(name = "exam_session")
@NamedQuery(
    name = "ExamSession.findByCentre",
    query =
        "SELECT s FROM ExamSession s JOIN FETCH s.certificationVersion JOIN FETCH s.site WHERE s.centre = :centre"
            + " ORDER BY s.day DESC, s.id DESC")
public class ExamSession {

  /** The block whose remote assessment is the R10 experiment. */
  public static final String REMOTE_BLOCK = "CCP1";

  public static final int DEFAULT_THRESHOLD = 1;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "centre_id", nullable = false)
  private TrainingOrganisation centre;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "site_id", nullable = false)
  private Site site;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "certification_version_id", nullable = false)
  private CertificationVersion certificationVersion;

  @ManyToMany
  @JoinTable(
      name = "exam_session_block",
      joinColumns = @JoinColumn(name = "session_id"),
      inverseJoinColumns = @JoinColumn(name = "block_id"))
  private Set<Block> blocks = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 5)
  private ExamKind kind;

  @Column(name = "session_day", nullable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private ExamModality modality;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ExamStatus status = ExamStatus.PLANNED;

  @Column(nullable = false, length = 200)
  private String title;

  /** Score gap on one item above which jurors are asked to discuss the block. */
  @Column(name = "discrepancy_threshold", nullable = false)
  private int discrepancyThreshold = DEFAULT_THRESHOLD;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected ExamSession() {}

  public ExamSession(
      TrainingOrganisation centre,
      Site site,
      CertificationVersion version,
      ExamKind kind,
      Set<Block> assessed,
      LocalDate day,
      ExamModality modality,
      String title) {
    List<Finding> problems = planProblems(version, kind, assessed, modality);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.get(0).key());
    }
    if (!site.getOrganisation().equals(centre)) {
      throw new IllegalArgumentException("the site belongs to another organisation");
    }
    this.centre = centre;
    this.site = site;
    this.certificationVersion = version;
    this.kind = kind;
    this.blocks = new HashSet<>(assessed);
    this.day = day;
    this.modality = modality;
    this.title = title;
    this.createdAt = Instant.now();
  }

  /**
   * What is wrong with a plan: blocks of another version, blocks that do not suit the kind (a title
   * session assesses every CCP of the version, a CCS session its CCS), or a remote session that
   * assesses more than CCP1 (R10).
   */
  public static List<Finding> planProblems(
      CertificationVersion version, ExamKind kind, Set<Block> assessed, ExamModality modality) {
    List<Finding> f = new ArrayList<>();
    if (assessed.isEmpty()) {
      f.add(Finding.blocking("jury.session.noBlock"));
      return f;
    }
    if (assessed.stream().anyMatch(b -> !b.getCertificationVersion().equals(version))) {
      f.add(Finding.blocking("jury.session.blockOfAnotherVersion"));
      return f;
    }
    switch (kind) {
      case TITLE -> {
        Set<Block> ccps = new HashSet<>();
        version.getBlocks().stream()
            .filter(b -> b.getKind() == BlockKind.CCP && !b.isRetired())
            .forEach(ccps::add);
        if (!assessed.equals(ccps)) {
          f.add(Finding.blocking("jury.session.titleNeedsEveryCcp"));
        }
      }
      case CCP -> {
        if (assessed.stream().anyMatch(b -> b.getKind() != BlockKind.CCP)) {
          f.add(Finding.blocking("jury.session.ccpOnly"));
        }
      }
      case CCS -> {
        if (assessed.stream().anyMatch(b -> b.getKind() != BlockKind.CCS)) {
          f.add(Finding.blocking("jury.session.ccsOnly"));
        }
      }
    }
    if (modality == ExamModality.REMOTE
        && (kind != ExamKind.CCP
            || assessed.size() != 1
            || !assessed.iterator().next().getCode().equals(REMOTE_BLOCK))) {
      f.add(Finding.blocking("jury.session.remoteCcp1Only"));
    }
    return f;
  }

  /** Moves to the next step of the session's life; any other move is refused. */
  public void advanceTo(ExamStatus next) {
    if (status.next() != next) {
      throw new IllegalStateException("from " + status + " the next step is " + status.next());
    }
    this.status = next;
  }

  /** Sets the discrepancy threshold (0 to 3 points on the 1–4 scale) before deliberation. */
  public void setDiscrepancyThreshold(int points) {
    if (points < 0 || points > ScoreSheet.MAX - ScoreSheet.MIN) {
      throw new IllegalArgumentException("threshold out of range");
    }
    if (status != ExamStatus.PLANNED && status != ExamStatus.OPEN) {
      throw new IllegalStateException("deliberated");
    }
    this.discrepancyThreshold = points;
  }

  public int getDiscrepancyThreshold() {
    return discrepancyThreshold;
  }

  public List<Block> getBlocksInOrder() {
    return blocks.stream().sorted(Comparator.comparingInt(Block::getOrder)).toList();
  }

  public Long getId() {
    return id;
  }

  public TrainingOrganisation getCentre() {
    return centre;
  }

  public Site getSite() {
    return site;
  }

  public CertificationVersion getCertificationVersion() {
    return certificationVersion;
  }

  public Set<Block> getBlocks() {
    return Set.copyOf(blocks);
  }

  public ExamKind getKind() {
    return kind;
  }

  public LocalDate getDay() {
    return day;
  }

  public ExamModality getModality() {
    return modality;
  }

  public ExamStatus getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public long getVersion() {
    return version;
  }
}
