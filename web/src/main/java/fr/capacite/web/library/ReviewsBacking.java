package fr.capacite.web.library;

import fr.capacite.application.library.LinkChecker;
import fr.capacite.application.library.ReviewQueue;
import fr.capacite.application.library.ReviewService;
import fr.capacite.application.library.ReviewViews;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /library/reviews.xhtml}: the curators' queues (to review, to review again). */
@Named
@ViewScoped
public class ReviewsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReviewQueue queue;
  @EJB private ReviewService reviews;
  @EJB private LinkChecker links;

  private PagedModel<ReviewViews.QueueRow> toReview;
  private PagedModel<ReviewViews.ReReviewRow> toReReview;

  @PostConstruct
  void init() {
    toReview = new PagedModel<>((f, s) -> queue.toReview(f, s), ReviewViews.QueueRow::slug);
    toReReview = new PagedModel<>((f, s) -> queue.toReReview(f, s), ReviewViews.ReReviewRow::slug);
  }

  /** Takes the resource in review and opens the rubric. */
  public String start(String slug) {
    long id = reviews.start(slug);
    return "/library/review?faces-redirect=true&id=" + id;
  }

  public void checkLinks() {
    if (links.isRunning()) {
      Messages.info("library.links.running");
      return;
    }
    links.checkSoon();
    Messages.info("library.links.started");
  }

  public PagedModel<ReviewViews.QueueRow> getToReview() {
    return toReview;
  }

  public PagedModel<ReviewViews.ReReviewRow> getToReReview() {
    return toReReview;
  }
}
