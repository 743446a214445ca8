package fr.capacite.application.library;

import fr.capacite.domain.library.ResourceState;
import fr.capacite.domain.library.ReviewCriterion;
import fr.capacite.domain.library.ReviewStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the review pages and endpoints show. */
public final class ReviewViews {

  private ReviewViews() {}

  /** A line of the rubric. */
  public record Line(ReviewCriterion criterion, Integer score, String comment)
      implements Serializable {}

  public record Review(
      long id,
      String slug,
      String title,
      int revision,
      String reviewer,
      ReviewStatus status,
      Instant startedAt,
      Instant completedAt,
      List<Line> lines,
      String overallComment,
      Double average,
      boolean complete,
      boolean passes,
      List<String> awaitingConsent,
      boolean mine,
      long entityVersion)
      implements Serializable {}

  /** A resource waiting for review, or under review. */
  public record QueueRow(
      String slug,
      String title,
      ResourceState state,
      int revision,
      String author,
      Instant changedAt,
      Long reviewId,
      String reviewer)
      implements Serializable {}

  /** Why a resource needs reviewing again (queue de re-relecture). */
  public enum Reason {
    LABEL_EXPIRED,
    REPORTED,
    LOW_RATING,
    BROKEN_LINK
  }

  public record ReReviewRow(
      String slug, String title, LocalDate labelUntil, List<Reason> reasons, List<String> details)
      implements Serializable {}
}
