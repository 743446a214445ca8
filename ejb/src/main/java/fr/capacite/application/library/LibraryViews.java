package fr.capacite.application.library;

import fr.capacite.domain.library.ContentKind;
import fr.capacite.domain.library.CreditKind;
import fr.capacite.domain.library.ResourceMetadata;
import fr.capacite.domain.library.ResourceState;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the library pages and endpoints show. */
public final class LibraryViews {

  private LibraryViews() {}

  /** A resource in a list. */
  public record Summary(
      String slug,
      String title,
      String summary,
      ResourceState state,
      boolean labelled,
      LocalDate labelUntil,
      Double rating,
      long views)
      implements Serializable {

    /**
     * A summary from a resource's live figures, with the entity's rules for the label and the
     * rating (whether the figures come from an entity or from a projection of its columns).
     */
    static Summary of(
        String slug,
        String title,
        String summary,
        ResourceState state,
        LocalDate labelUntil,
        long ratingSum,
        int ratingCount,
        long views,
        LocalDate today) {
      return new Summary(
          slug,
          title,
          summary,
          state,
          fr.capacite.domain.library.LearningResource.labelled(labelUntil, today),
          labelUntil,
          fr.capacite.domain.library.LearningResource.averageRating(ratingSum, ratingCount),
          views);
    }
  }

  /** A block ready to show: Markdown already rendered and sanitised. */
  public record BlockView(
      ContentKind kind,
      String heading,
      String html,
      String url,
      String fileSha256,
      String fileName,
      String altText)
      implements Serializable {}

  public record CreditView(String name, CreditKind kind, boolean consented)
      implements Serializable {}

  /** A resource at one revision. */
  public record ResourceView(
      String slug,
      int revision,
      int latest,
      Integer stable,
      ResourceState state,
      boolean labelled,
      LocalDate labelUntil,
      boolean pendingChanges,
      ResourceMetadata metadata,
      List<BlockView> blocks,
      List<String> competences,
      List<String> pix,
      java.util.Set<Long> competenceIds,
      java.util.Set<String> pixCodes,
      List<CreditView> credits,
      String author,
      Instant changedAt,
      String changeSummary,
      boolean canEdit,
      long views,
      long entityVersion)
      implements Serializable {

    public boolean isShowingLatest() {
      return revision == latest;
    }
  }

  /** A line of the history. */
  public record RevisionRow(
      int number,
      String author,
      Instant createdAt,
      String changeSummary,
      Integer revertedFrom,
      boolean stable)
      implements Serializable {}

  /** The difference between two revisions. */
  public record DiffView(
      String slug,
      int from,
      int to,
      String fromAuthor,
      String toAuthor,
      List<RevisionDiff.Segment> title,
      List<RevisionDiff.Segment> summary,
      List<String> changedFacets,
      List<RevisionDiff.BlockChange> blocks)
      implements Serializable {}
}
