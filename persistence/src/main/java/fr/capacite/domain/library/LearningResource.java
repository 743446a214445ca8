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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A teaching resource: a sequence of immutable revisions, the latest one and the stable (last
 * reviewed) one readers see by default, its quality state and label, who maintains it and who is
 * credited. Saving is always based on a revision; saving on a stale one is a conflict, never a
 * silent overwrite.
 */
@Entity
@Table(name = "learning_resource")
@NamedQuery(
    name = "LearningResource.findBySlug",
    query = "SELECT r FROM LearningResource r WHERE r.slug = :slug")
public class LearningResource {

  /** A label lasts this long before the resource needs review again. */
  public static final int LABEL_MONTHS = 12;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 120)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ResourceState state = ResourceState.DRAFT;

  @Column(name = "latest_revision", nullable = false)
  private int latestRevision;

  @Column(name = "stable_revision")
  private Integer stableRevision;

  @Column(name = "labelled_at")
  private LocalDate labelledAt;

  @Column(name = "label_until")
  private LocalDate labelUntil;

  /** Set once merged into another resource: this address redirects there. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "canonical_id")
  private LearningResource canonical;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "forked_from_id")
  private LearningResource forkedFrom;

  @Column(name = "forked_from_revision")
  private Integer forkedFromRevision;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "created_by_id", nullable = false)
  private User createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * Counters written only by atomic SQL updates ({@code ResourceCounters}), never through the
   * entity: a read must never fail, nor lose its count, because another read or an edit of the
   * resource happened at the same time (they leave the optimistic-lock version alone).
   */
  @Column(nullable = false, updatable = false)
  private long views;

  @Column(nullable = false, updatable = false)
  private long downloads;

  @Column(name = "rating_sum", nullable = false)
  private int ratingSum;

  @Column(name = "rating_count", nullable = false)
  private int ratingCount;

  @OneToMany(mappedBy = "resource", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<ResourceMaintainer> maintainers = new ArrayList<>();

  @OneToMany(mappedBy = "resource", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<ResourceCredit> credits = new ArrayList<>();

  @Version private long version;

  protected LearningResource() {}

  public LearningResource(String slug, User author, Instant at) {
    this.slug = slug;
    this.createdBy = author;
    this.createdAt = at;
    maintainers.add(new ResourceMaintainer(this, author, MaintainerRole.AUTHOR, at));
    credits.add(new ResourceCredit(this, author, CreditKind.AUTHOR, at));
  }

  /**
   * A readable address from a title: ligatures spelt out (œ → oe, æ → ae), accents dropped, words
   * joined by dashes (unique: caller).
   */
  public static String slugOf(String title) {
    String spelt =
        (title == null ? "" : title)
            .replace("œ", "oe")
            .replace("Œ", "Oe")
            .replace("æ", "ae")
            .replace("Æ", "Ae")
            .replace("ß", "ss");
    String base =
        java.text.Normalizer.normalize(spelt, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    if (base.isEmpty()) {
      base = "ressource";
    }
    return base.length() > 100 ? base.substring(0, 100).replaceAll("-$", "") : base;
  }

  /**
   * A new revision based on {@code basedOn} (0 for the first). A published resource goes back to
   * draft for its new revision, while its stable revision stays what readers see.
   */
  public ResourceRevision revise(
      int basedOn,
      User author,
      Instant at,
      String changeSummary,
      ResourceMetadata metadata,
      List<BlockContent> content,
      Set<Competence> competences,
      Set<PixCompetence> pix,
      Integer revertedFrom,
      Long proposalId) {
    if (basedOn != latestRevision) {
      throw new RevisionConflict(basedOn, latestRevision);
    }
    metadata
        .problem()
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
    for (BlockContent c : content) {
      c.problem()
          .ifPresent(
              p -> {
                throw new IllegalArgumentException(p);
              });
    }
    latestRevision++;
    if (state == ResourceState.PUBLISHED) {
      state = ResourceState.DRAFT;
    }
    String summary = changeSummary == null || changeSummary.isBlank() ? "" : changeSummary.strip();
    return new ResourceRevision(
        this,
        latestRevision,
        author,
        at,
        summary.length() > ResourceRevision.CHANGE_SUMMARY_MAX
            ? summary.substring(0, ResourceRevision.CHANGE_SUMMARY_MAX)
            : summary,
        metadata,
        content,
        competences,
        pix,
        revertedFrom,
        proposalId);
  }

  /**
   * A local variant of {@code original} (fork) at its shown revision: the variant's author is
   * {@code by}, and everyone credited on the original stays credited (attribution kept).
   */
  public static LearningResource forkOf(
      LearningResource original, String slug, User by, Instant at) {
    if (original.canonical != null) {
      throw new IllegalStateException("library.merge.merged");
    }
    LearningResource f = new LearningResource(slug, by, at);
    f.forkedFrom = original;
    f.forkedFromRevision = original.shownRevision();
    for (ResourceCredit c : original.credits) {
      if (!c.getUser().equals(by)) {
        f.credit(c.getUser(), CreditKind.CONTRIBUTOR, at).consent(at);
      }
    }
    return f;
  }

  /**
   * Merges this duplicate into {@code target}: its address then leads there; credits, maintainers
   * and counters move over (ratings, uses and collections are moved by the caller).
   */
  public void mergeInto(LearningResource target, Instant at) {
    if (target == this || target.equals(this)) {
      throw new IllegalArgumentException("library.merge.self");
    }
    if (canonical != null || target.canonical != null) {
      throw new IllegalStateException("library.merge.merged");
    }
    canonical = target;
    for (ResourceCredit c : credits) {
      if (target.credits.stream().noneMatch(x -> x.getUser().equals(c.getUser()))) {
        target.credit(c.getUser(), CreditKind.CONTRIBUTOR, at).consent(at);
      }
    }
    for (ResourceMaintainer m : maintainers) {
      target.addMaintainer(m.getUser(), at);
    }
  }

  /** After ratings were moved in by a merge: the running sum and count as recounted. */
  public void recountRatings(int sum, int count) {
    ratingSum = sum;
    ratingCount = count;
  }

  /** Moves along the quality lifecycle; a wrong step is refused. */
  public void moveTo(ResourceState next) {
    if (!state.canGo(next)) {
      throw new IllegalStateException("library.state.notAllowed");
    }
    state = next;
  }

  /**
   * Labels the reviewed revision ("Vérifiée"): it becomes the stable one, until {@code
   * LABEL_MONTHS} later.
   */
  public void label(int reviewedRevision, LocalDate on) {
    moveTo(ResourceState.PUBLISHED);
    stableRevision = reviewedRevision;
    labelledAt = on;
    labelUntil = on.plusMonths(LABEL_MONTHS);
    if (latestRevision > reviewedRevision) {
      // Edited during the review: the newer revision waits as a draft.
      state = ResourceState.DRAFT;
    }
  }

  /**
   * A curator takes the resource in review: a submitted one, or a reviewed one again (re-review,
   * including when newer edits wait).
   */
  public void beginReview() {
    if (state == ResourceState.SUBMITTED || state == ResourceState.PUBLISHED) {
      state = ResourceState.IN_REVIEW;
    } else if (stableRevision != null && state == ResourceState.DRAFT) {
      state = ResourceState.IN_REVIEW;
    } else {
      throw new IllegalStateException("library.state.notAllowed");
    }
  }

  /** The review sent it back: a label it had no longer holds (readers keep the reviewed text). */
  public void requestChanges() {
    moveTo(ResourceState.CHANGES_REQUESTED);
    labelledAt = null;
    labelUntil = null;
  }

  /** Whether it carries a valid label today. */
  public boolean labelled(LocalDate today) {
    return labelled(labelUntil, today);
  }

  /** The same rule for a label's end date read alone (lists that show many resources). */
  public static boolean labelled(LocalDate labelUntil, LocalDate today) {
    return labelUntil != null && !today.isAfter(labelUntil);
  }

  /** Whether the label has passed its date and the resource needs review again. */
  public boolean labelExpired(LocalDate today) {
    return labelUntil != null && today.isAfter(labelUntil);
  }

  /** The revision readers see by default: the stable one, else the latest. */
  public int shownRevision() {
    return stableRevision != null ? stableRevision : latestRevision;
  }

  public boolean hasPendingChanges() {
    return stableRevision != null && latestRevision > stableRevision;
  }

  public boolean isMaintainer(User u) {
    return maintainers.stream().anyMatch(m -> m.getUser().equals(u));
  }

  public void addMaintainer(User u, Instant at) {
    if (!isMaintainer(u)) {
      maintainers.add(new ResourceMaintainer(this, u, MaintainerRole.CO_MAINTAINER, at));
    }
  }

  /** Credits a person once per kind (a co-author is then asked to consent). */
  public ResourceCredit credit(User u, CreditKind kind, Instant at) {
    return credits.stream()
        .filter(c -> c.getUser().equals(u) && c.getKind() == kind)
        .findFirst()
        .orElseGet(
            () -> {
              ResourceCredit c = new ResourceCredit(this, u, kind, at);
              credits.add(c);
              return c;
            });
  }

  /**
   * Co-authors who have not yet accepted the credit and the licence. A deactivated person cannot
   * answer: their consent is not awaited (their credit stays).
   */
  public List<ResourceCredit> awaitingConsent() {
    return credits.stream().filter(c -> !c.hasConsented() && c.getUser().isActive()).toList();
  }

  public void rated(int oldScore, int newScore) {
    ratingSum += newScore - oldScore;
    if (oldScore == 0) {
      ratingCount++;
    }
  }

  public Double averageRating() {
    return averageRating(ratingSum, ratingCount);
  }

  /** The same rule for a rating's sum and count read alone (lists that show many resources). */
  public static Double averageRating(long ratingSum, int ratingCount) {
    return ratingCount == 0 ? null : (double) ratingSum / ratingCount;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public ResourceState getState() {
    return state;
  }

  public int getLatestRevision() {
    return latestRevision;
  }

  public Integer getStableRevision() {
    return stableRevision;
  }

  public LocalDate getLabelledAt() {
    return labelledAt;
  }

  public LocalDate getLabelUntil() {
    return labelUntil;
  }

  public LearningResource getCanonical() {
    return canonical;
  }

  public LearningResource getForkedFrom() {
    return forkedFrom;
  }

  public Integer getForkedFromRevision() {
    return forkedFromRevision;
  }

  public User getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getViews() {
    return views;
  }

  public long getDownloads() {
    return downloads;
  }

  public int getRatingSum() {
    return ratingSum;
  }

  public int getRatingCount() {
    return ratingCount;
  }

  public List<ResourceMaintainer> getMaintainers() {
    return List.copyOf(maintainers);
  }

  public List<ResourceCredit> getCredits() {
    return List.copyOf(credits);
  }

  public long getVersion() {
    return version;
  }
}
