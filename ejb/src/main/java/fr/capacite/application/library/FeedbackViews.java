package fr.capacite.application.library;

import fr.capacite.domain.library.Audience;
import fr.capacite.domain.library.ReportKind;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What readers said of a resource, and the moderation queue. */
public final class FeedbackViews {

  private FeedbackViews() {}

  public record Rating(String name, int score, String comment, Instant at)
      implements Serializable {}

  public record Usage(String name, Audience audience, String outcome, LocalDate on)
      implements Serializable {}

  /** The feedback of a resource: average, counts, latest comments and uses, the caller's score. */
  public record Feedback(
      Double average,
      int ratings,
      long uses,
      long downloads,
      long views,
      Integer myScore,
      List<Rating> latestRatings,
      List<Usage> latestUses)
      implements Serializable {}

  public record Report(
      long id,
      String slug,
      String resource,
      String reporter,
      ReportKind kind,
      String details,
      Instant at,
      long entityVersion)
      implements Serializable {}
}
