package fr.capacite.domain.library;

import fr.capacite.domain.identity.User;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A curator's review (relecture) of one revision of a resource, scored on the rubric. Once
 * completed it is never changed: it is the trace of why a resource was labelled or sent back.
 */
@Entity
@Table(name = "resource_review")
@NamedQuery(
    name = "ResourceReview.current",
    query =
        "SELECT v FROM ResourceReview v WHERE v.resource = :resource AND v.status IN"
            + " (fr.capacite.domain.library.ReviewStatus.IN_PROGRESS,"
            + " fr.capacite.domain.library.ReviewStatus.AWAITING_CONSENT)")
@NamedQuery(
    name = "ResourceReview.byResource",
    query =
        "SELECT v FROM ResourceReview v JOIN FETCH v.reviewer WHERE v.resource = :resource"
            + " ORDER BY v.startedAt DESC")
@NamedQuery(
    name = "ResourceReview.countDoneBy",
    query =
        "SELECT COUNT(v) FROM ResourceReview v WHERE v.reviewer = :user AND v.status IN"
            + " (fr.capacite.domain.library.ReviewStatus.LABELLED,"
            + " fr.capacite.domain.library.ReviewStatus.CHANGES_REQUESTED,"
            + " fr.capacite.domain.library.ReviewStatus.AWAITING_CONSENT)")
public class ResourceReview {

  public static final int COMMENT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "resource_id", nullable = false)
  private LearningResource resource;

  @Column(name = "rev_number", nullable = false)
  private int revisionNumber;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "reviewer_id", nullable = false)
  private User reviewer;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReviewStatus status = ReviewStatus.IN_PROGRESS;

  @Column(name = "overall_comment", length = COMMENT_MAX)
  private String overallComment;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "review_id"))
  private List<CriterionScore> scores = new ArrayList<>();

  @Version private long version;

  protected ResourceReview() {}

  public ResourceReview(LearningResource resource, int revisionNumber, User reviewer, Instant at) {
    this.resource = resource;
    this.revisionNumber = revisionNumber;
    this.reviewer = reviewer;
    this.startedAt = at;
  }

  /** Records the scores and comments while the review is in progress. */
  public void score(List<CriterionScore> lines, String overall) {
    if (status != ReviewStatus.IN_PROGRESS) {
      throw new IllegalStateException("library.review.closed");
    }
    rubric(lines)
        .problem()
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
    scores.clear();
    scores.addAll(lines);
    overallComment = overall;
  }

  /** Ends the review: passed (awaiting consent or labelled) or changes requested. */
  public void complete(ReviewStatus outcome, Instant at) {
    if (status != ReviewStatus.IN_PROGRESS || outcome == ReviewStatus.IN_PROGRESS) {
      throw new IllegalStateException("library.review.closed");
    }
    if (outcome != ReviewStatus.CHANGES_REQUESTED && !rubric().passes()) {
      throw new IllegalArgumentException("library.review.notPassing");
    }
    status = outcome;
    completedAt = at;
  }

  /** Every co-author consented: the passed review now labels the resource. */
  public void consented() {
    if (status == ReviewStatus.AWAITING_CONSENT) {
      status = ReviewStatus.LABELLED;
    }
  }

  public Rubric rubric() {
    return rubric(scores);
  }

  private static Rubric rubric(List<CriterionScore> lines) {
    Map<ReviewCriterion, Integer> m = new EnumMap<>(ReviewCriterion.class);
    lines.forEach(l -> m.put(l.getCriterion(), l.getScore()));
    return new Rubric(m);
  }

  public Long getId() {
    return id;
  }

  public LearningResource getResource() {
    return resource;
  }

  public int getRevisionNumber() {
    return revisionNumber;
  }

  public User getReviewer() {
    return reviewer;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public ReviewStatus getStatus() {
    return status;
  }

  public String getOverallComment() {
    return overallComment;
  }

  public List<CriterionScore> getScores() {
    return List.copyOf(scores);
  }

  public long getVersion() {
    return version;
  }
}
