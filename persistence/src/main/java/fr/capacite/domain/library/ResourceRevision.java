package fr.capacite.domain.library;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.referential.PixCompetence;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An immutable, numbered revision of a resource: its author, date and change summary, the
 * description and the blocks as they were. Nothing is ever rewritten: a revert or an accepted
 * proposal is a new revision.
 */
@Entity
@Table(name = "resource_revision")
@NamedQuery(
    name = "ResourceRevision.find",
    query = "SELECT r FROM ResourceRevision r WHERE r.resource = :resource AND r.number = :number")
@NamedQuery(
    name = "ResourceRevision.history",
    query =
        "SELECT r FROM ResourceRevision r JOIN FETCH r.author WHERE r.resource = :resource"
            + " ORDER BY r.number DESC")
@NamedQuery(
    name = "ResourceRevision.count",
    query = "SELECT COUNT(r) FROM ResourceRevision r WHERE r.resource = :resource")
public class ResourceRevision {

  public static final int CHANGE_SUMMARY_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "resource_id", nullable = false, updatable = false)
  private LearningResource resource;

  @Column(name = "rev_number", nullable = false, updatable = false)
  private int number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id", nullable = false, updatable = false)
  private User author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "change_summary", nullable = false, length = CHANGE_SUMMARY_MAX, updatable = false)
  private String changeSummary;

  @Column(nullable = false, length = ResourceMetadata.TITLE_MAX, updatable = false)
  private String title;

  @Column(nullable = false, length = ResourceMetadata.SUMMARY_MAX, updatable = false)
  private String summary;

  @Column(nullable = false, length = 400, updatable = false)
  private String themes;

  @Enumerated(EnumType.STRING)
  @Column(name = "resource_type", nullable = false, length = 40, updatable = false)
  private ResourceType type;

  @Column(nullable = false, length = 400, updatable = false)
  private String audiences;

  @Column(nullable = false, length = 400, updatable = false)
  private String formats;

  @Column(name = "duration_minutes", updatable = false)
  private Integer durationMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "resource_level", nullable = false, length = 20, updatable = false)
  private ResourceLevel level;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Licence licence;

  /** For a revert: the revision whose content this one restores. */
  @Column(name = "reverted_from", updatable = false)
  private Integer revertedFrom;

  /** For an accepted edit proposal: the proposal, whose author is credited. */
  @Column(name = "proposal_id", updatable = false)
  private Long proposalId;

  @OneToMany(mappedBy = "revision", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<RevisionBlock> blocks = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "revision_competence",
      joinColumns = @JoinColumn(name = "revision_id"),
      inverseJoinColumns = @JoinColumn(name = "competence_id"))
  private Set<Competence> competences = new HashSet<>();

  @ManyToMany
  @JoinTable(
      name = "revision_pix",
      joinColumns = @JoinColumn(name = "revision_id"),
      inverseJoinColumns = @JoinColumn(name = "pix_competence_id"))
  private Set<PixCompetence> pixCompetences = new HashSet<>();

  protected ResourceRevision() {}

  ResourceRevision(
      LearningResource resource,
      int number,
      User author,
      Instant at,
      String changeSummary,
      ResourceMetadata m,
      List<BlockContent> content,
      Set<Competence> competences,
      Set<PixCompetence> pix,
      Integer revertedFrom,
      Long proposalId) {
    this.resource = resource;
    this.number = number;
    this.author = author;
    this.createdAt = at;
    this.changeSummary = changeSummary;
    this.title = m.title().strip();
    this.summary = m.summary().strip();
    this.themes = join(m.themes());
    this.type = m.type();
    this.audiences = join(m.audiences());
    this.formats = join(m.formats());
    this.durationMinutes = m.durationMinutes();
    this.level = m.level();
    this.licence = m.licence();
    this.revertedFrom = revertedFrom;
    this.proposalId = proposalId;
    int i = 1;
    for (BlockContent c : content) {
      blocks.add(new RevisionBlock(this, i++, c));
    }
    this.competences = new HashSet<>(competences);
    this.pixCompetences = new HashSet<>(pix);
  }

  /** A revision is never rewritten (a second line of defence behind the unmapped setters). */
  @PreUpdate
  void refuseChange() {
    throw new IllegalStateException("revisions are immutable");
  }

  public ResourceMetadata metadata() {
    return new ResourceMetadata(
        title,
        summary,
        split(themes, Theme.class),
        type,
        split(audiences, Audience.class),
        split(formats, ResourceFormat.class),
        durationMinutes,
        level,
        licence);
  }

  public List<BlockContent> content() {
    return blocks.stream().map(RevisionBlock::content).toList();
  }

  private static String join(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private static <E extends Enum<E>> Set<E> split(String joined, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    if (joined != null && !joined.isBlank()) {
      Arrays.stream(joined.split(",")).map(s -> Enum.valueOf(type, s)).forEach(out::add);
    }
    return out;
  }

  public Long getId() {
    return id;
  }

  public LearningResource getResource() {
    return resource;
  }

  public int getNumber() {
    return number;
  }

  public User getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getChangeSummary() {
    return changeSummary;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public Integer getRevertedFrom() {
    return revertedFrom;
  }

  public Long getProposalId() {
    return proposalId;
  }

  public Set<Competence> getCompetences() {
    return Set.copyOf(competences);
  }

  public Set<PixCompetence> getPixCompetences() {
    return Set.copyOf(pixCompetences);
  }
}
