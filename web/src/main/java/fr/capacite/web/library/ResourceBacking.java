package fr.capacite.web.library;

import fr.capacite.application.library.LibraryReader;
import fr.capacite.application.library.LibraryService;
import fr.capacite.application.library.LibraryViews;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * {@code /library/resource.xhtml?r=&rev=}: a resource at its stable revision (or the one asked
 * for), with its quality label, credits and actions.
 */
@Named
@ViewScoped
public class ResourceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LibraryReader reader;
  @EJB private LibraryService library;
  @EJB private fr.capacite.application.library.LibraryFeedback feedbacks;
  @EJB private fr.capacite.application.library.ProposalService proposalService;
  @EJB private fr.capacite.application.library.ReviewService reviewService;

  private java.util.List<fr.capacite.application.library.ReviewViews.Review> reviews =
      java.util.List.of();
  private boolean consentAsked;

  private java.util.List<fr.capacite.application.library.ProposalViews.Row> openProposals =
      java.util.List.of();

  public java.util.List<fr.capacite.application.library.ProposalViews.Row> getOpenProposals() {
    return openProposals;
  }

  private fr.capacite.application.library.FeedbackViews.Feedback feedback;
  private Integer score;
  private String comment;
  private fr.capacite.domain.library.Audience audience;
  private String outcome;
  private java.time.LocalDate usedOn = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
  private fr.capacite.domain.library.ReportKind reportKind;
  private String reportDetails;

  private String slug;
  private Integer rev;
  private LibraryViews.ResourceView resource;

  public void load() throws IOException {
    try {
      resource = reader.read(slug == null ? "" : slug, rev);
    } catch (ObjectNotFoundException e) {
      NotFound.send();
      return;
    }
    feedback = feedbacks.feedback(resource.slug());
    score = feedback.myScore();
    openProposals =
        resource.canEdit() ? proposalService.open(resource.slug()) : java.util.List.of();
    reviews = reviewService.ofResource(resource.slug());
    consentAsked = reviewService.consentAsked(resource.slug());
  }

  /** A credited co-author accepts the credit and the licence. */
  public void consent() {
    reviewService.consent(resource.slug());
    consentAsked = false;
    resource = reader.read(resource.slug(), null);
    reviews = reviewService.ofResource(resource.slug());
    Messages.info("library.consent.done");
  }

  /** A curator takes this resource in review. */
  public String startReview() {
    long id = reviewService.start(resource.slug());
    return "/library/review?faces-redirect=true&id=" + id;
  }

  public boolean isReviewable() {
    var s = resource.state();
    return s == fr.capacite.domain.library.ResourceState.SUBMITTED
        || s == fr.capacite.domain.library.ResourceState.PUBLISHED
        || (s == fr.capacite.domain.library.ResourceState.DRAFT && resource.stable() != null);
  }

  public java.util.List<fr.capacite.application.library.ReviewViews.Review> getReviews() {
    return reviews;
  }

  public boolean isConsentAsked() {
    return consentAsked;
  }

  public void rate() {
    if (score == null) {
      Messages.error("library.rating.score");
      return;
    }
    feedback = feedbacks.rate(resource.slug(), score, comment);
    comment = null;
    Messages.info("library.rating.saved");
  }

  public void declareUse() {
    feedback = feedbacks.declareUse(resource.slug(), audience, outcome, usedOn);
    outcome = null;
    Messages.info("library.usage.saved");
  }

  public void report() {
    feedbacks.report(resource.slug(), reportKind, reportDetails);
    reportKind = null;
    reportDetails = null;
    Messages.info("library.report.saved");
  }

  public fr.capacite.application.library.FeedbackViews.Feedback getFeedback() {
    return feedback;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public fr.capacite.domain.library.Audience getAudience() {
    return audience;
  }

  public void setAudience(fr.capacite.domain.library.Audience audience) {
    this.audience = audience;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public java.time.LocalDate getUsedOn() {
    return usedOn;
  }

  public void setUsedOn(java.time.LocalDate usedOn) {
    this.usedOn = usedOn;
  }

  public fr.capacite.domain.library.ReportKind getReportKind() {
    return reportKind;
  }

  public void setReportKind(fr.capacite.domain.library.ReportKind reportKind) {
    this.reportKind = reportKind;
  }

  public String getReportDetails() {
    return reportDetails;
  }

  public void setReportDetails(String reportDetails) {
    this.reportDetails = reportDetails;
  }

  public fr.capacite.domain.library.Audience[] getAudiences() {
    return fr.capacite.domain.library.Audience.values();
  }

  public fr.capacite.domain.library.ReportKind[] getReportKinds() {
    return fr.capacite.domain.library.ReportKind.values();
  }

  public int[] getScores() {
    return new int[] {1, 2, 3, 4};
  }

  public void submit() {
    resource = library.submit(resource.slug());
    Messages.info("library.submitted");
  }

  public String when(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .withZone(ZoneId.of("Europe/Paris"))
            .format(at);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Integer getRev() {
    return rev;
  }

  public void setRev(Integer rev) {
    this.rev = rev;
  }

  public LibraryViews.ResourceView getResource() {
    return resource;
  }
}
