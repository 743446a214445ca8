package fr.capacite.web.library;

import fr.capacite.application.library.ReviewService;
import fr.capacite.application.library.ReviewViews;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.library.ReviewCriterion;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** {@code /library/review.xhtml?id=}: a curator scores a revision on the rubric and decides. */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReviewService reviews;
  @EJB private fr.capacite.application.library.LibraryReader reader;

  private Long id;
  private ReviewViews.Review review;
  private fr.capacite.application.library.LibraryViews.ResourceView revision;
  // Faces binds String values for radio buttons inside a map: kept as strings, parsed on save.
  private final Map<ReviewCriterion, String> scores = new EnumMap<>(ReviewCriterion.class);
  private final Map<ReviewCriterion, String> comments = new EnumMap<>(ReviewCriterion.class);
  private String overall;
  private String releaseReason;

  public void load() throws IOException {
    try {
      review = reviews.get(id == null ? -1 : id);
    } catch (ObjectNotFoundException e) {
      NotFound.send();
      return;
    }
    revision = reader.revisionView(review.slug(), review.revision());
    fill();
  }

  private void fill() {
    scores.clear();
    comments.clear();
    for (ReviewViews.Line l : review.lines()) {
      scores.put(l.criterion(), l.score() == null ? null : String.valueOf(l.score()));
      comments.put(l.criterion(), l.comment());
    }
    overall = review.overallComment();
  }

  public void save() {
    review = reviews.save(review.id(), review.entityVersion(), parsed(), comments, overall);
    fill();
    Messages.info("library.review.saved");
  }

  public void label() {
    review =
        reviews.complete(review.id(), review.entityVersion(), parsed(), comments, overall, true);
    fill();
    Messages.info("library.review.done." + review.status());
  }

  /** Another curator gives the label without the consent that does not come (reason audited). */
  public void releaseLabel() {
    reviews.releaseLabel(review.slug(), releaseReason);
    review = reviews.get(review.id());
    releaseReason = null;
    Messages.info("library.release.done");
  }

  /** The co-authors whose consent the label waits for, as one readable list. */
  public String getAwaitingNames() {
    return review == null ? "" : String.join(", ", review.awaitingConsent());
  }

  public String getReleaseReason() {
    return releaseReason;
  }

  public void setReleaseReason(String releaseReason) {
    this.releaseReason = releaseReason;
  }

  public void requestChanges() {
    review =
        reviews.complete(review.id(), review.entityVersion(), parsed(), comments, overall, false);
    fill();
    Messages.info("library.review.done." + review.status());
  }

  private Map<ReviewCriterion, Integer> parsed() {
    Map<ReviewCriterion, Integer> out = new EnumMap<>(ReviewCriterion.class);
    scores.forEach(
        (c, v) -> {
          if (v != null && !v.isBlank()) {
            try {
              out.put(c, Integer.valueOf(v));
            } catch (NumberFormatException e) {
              out.put(c, -1); // refused by the service with the range message
            }
          }
        });
    return out;
  }

  public boolean isEditable() {
    return review != null
        && review.mine()
        && review.status() == fr.capacite.domain.library.ReviewStatus.IN_PROGRESS;
  }

  public ReviewCriterion[] getCriteria() {
    return ReviewCriterion.values();
  }

  public String[] getLevels() {
    return new String[] {"0", "1", "2", "3"};
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public fr.capacite.application.library.LibraryViews.ResourceView getRevision() {
    return revision;
  }

  public ReviewViews.Review getReview() {
    return review;
  }

  public Map<ReviewCriterion, String> getScores() {
    return scores;
  }

  public Map<ReviewCriterion, String> getComments() {
    return comments;
  }

  public String getOverall() {
    return overall;
  }

  public void setOverall(String overall) {
    this.overall = overall;
  }
}
