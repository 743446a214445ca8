package fr.capacite.web.library;

import fr.capacite.application.library.CollaborationService;
import fr.capacite.application.library.CollectionService;
import fr.capacite.application.library.FeedbackViews;
import fr.capacite.application.library.LibraryFeedback;
import fr.capacite.application.library.LibraryReader;
import fr.capacite.application.library.LibraryService;
import fr.capacite.application.library.LibraryViews;
import fr.capacite.application.library.ProposalViews;
import fr.capacite.application.library.ResourcePages;
import fr.capacite.application.library.ReviewService;
import fr.capacite.application.library.ReviewViews;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.library.Audience;
import fr.capacite.domain.library.ReportKind;
import fr.capacite.domain.library.ResourceState;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * {@code /library/resource.xhtml?r=&rev=}: a resource at its stable revision (or the one asked
 * for), with its label, credits, reviews, readers' signals and the ways to work on it (edit,
 * propose, fork, invite, collect, review, merge). A merged resource's address redirects.
 */
@Named
@ViewScoped
public class ResourceBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneId ZONE = FrenchTime.ZONE;

  @EJB private LibraryReader reader;
  @EJB private ResourcePages pages;
  @EJB private LibraryService library;
  @EJB private LibraryFeedback feedbacks;
  @EJB private ReviewService reviewService;
  @EJB private CollaborationService collaboration;
  @EJB private CollectionService collections;

  private String slug;
  private Integer rev;
  private LibraryViews.ResourceView resource;
  private FeedbackViews.Feedback feedback;
  private List<ProposalViews.Row> openProposals = List.of();
  private List<ReviewViews.Review> reviews = List.of();
  private List<CollaborationService.Maintainer> maintainers = List.of();
  private List<CollectionService.CollectionRow> myCollections = List.of();
  private CollaborationService.Invitation invitation;
  private CollaborationService.Origin origin;
  private boolean consentAsked;

  private Integer score;
  private String comment;
  private Audience audience;
  private String outcome;
  private LocalDate usedOn = LocalDate.now(ZONE);
  private ReportKind reportKind;
  private String reportDetails;
  private String invitee;
  private Long collectionId;
  private String mergeInto;

  public void load() throws IOException {
    ResourcePages.Page page;
    try {
      page = pages.page(slug == null ? "" : slug, rev);
    } catch (ObjectNotFoundException e) {
      NotFound.send();
      return;
    }
    resource = page.resource();
    if (!resource.slug().equals(slug)) {
      // Merged into another resource: the old address leads to the canonical one.
      var ec = FacesContext.getCurrentInstance().getExternalContext();
      ec.redirect(
          ec.getRequestContextPath()
              + "/library/resource.xhtml?r="
              + URLEncoder.encode(resource.slug(), StandardCharsets.UTF_8));
      return;
    }
    show(page.parts());
  }

  private void refresh() {
    show(pages.parts(resource));
  }

  private void show(ResourcePages.Parts p) {
    feedback = p.feedback();
    score = feedback.myScore();
    openProposals = p.openProposals();
    reviews = p.reviews();
    consentAsked = p.consentAsked();
    maintainers = p.maintainers();
    invitation = p.invitation();
    origin = p.origin();
    myCollections = p.myCollections();
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

  public void submit() {
    resource = library.submit(resource.slug());
    Messages.info("library.submitted");
  }

  /** A credited co-author accepts the credit and the licence. */
  public void consent() {
    reviewService.consent(resource.slug());
    resource = reader.read(resource.slug(), null);
    refresh();
    Messages.info("library.consent.done");
  }

  /** A curator takes this resource in review. */
  public String startReview() {
    return "/library/review?faces-redirect=true&id=" + reviewService.start(resource.slug());
  }

  public void invite() {
    collaboration.invite(resource.slug(), invitee);
    invitee = null;
    Messages.info("library.invitation.sent");
  }

  public void answer(boolean accept) {
    collaboration.answer(invitation.id(), accept);
    resource = reader.read(resource.slug(), null);
    refresh();
    Messages.info(accept ? "library.invitation.accepted" : "library.invitation.declined");
  }

  public String fork() {
    return "/library/edit?faces-redirect=true&r=" + collaboration.fork(resource.slug());
  }

  public void collect() {
    if (collectionId == null) {
      Messages.error("library.collection.choose");
      return;
    }
    collections.add(collectionId, resource.slug());
    Messages.info("library.collection.added");
  }

  public String merge() {
    String target = collaboration.merge(resource.slug(), mergeInto);
    Messages.info("library.merge.done");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/library/resource?faces-redirect=true&r=" + target;
  }

  public boolean isReviewable() {
    ResourceState s = resource.state();
    return s == ResourceState.SUBMITTED
        || s == ResourceState.PUBLISHED
        || (s == ResourceState.DRAFT && resource.stable() != null);
  }

  public String when(Instant at) {
    return format(at);
  }

  /** A moment in the page's language, on Paris time. */
  static String format(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .withZone(ZONE)
            .format(at);
  }

  public Audience[] getAudiences() {
    return Audience.values();
  }

  public ReportKind[] getReportKinds() {
    return ReportKind.values();
  }

  public int[] getScores() {
    return new int[] {1, 2, 3, 4};
  }

  public LibraryViews.ResourceView getResource() {
    return resource;
  }

  public FeedbackViews.Feedback getFeedback() {
    return feedback;
  }

  public List<ProposalViews.Row> getOpenProposals() {
    return openProposals;
  }

  public List<ReviewViews.Review> getReviews() {
    return reviews;
  }

  public List<CollaborationService.Maintainer> getMaintainers() {
    return maintainers;
  }

  public List<CollectionService.CollectionRow> getMyCollections() {
    return myCollections;
  }

  public CollaborationService.Invitation getInvitation() {
    return invitation;
  }

  public CollaborationService.Origin getOrigin() {
    return origin;
  }

  public boolean isConsentAsked() {
    return consentAsked;
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

  public Audience getAudience() {
    return audience;
  }

  public void setAudience(Audience audience) {
    this.audience = audience;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public LocalDate getUsedOn() {
    return usedOn;
  }

  public void setUsedOn(LocalDate usedOn) {
    this.usedOn = usedOn;
  }

  public ReportKind getReportKind() {
    return reportKind;
  }

  public void setReportKind(ReportKind reportKind) {
    this.reportKind = reportKind;
  }

  public String getReportDetails() {
    return reportDetails;
  }

  public void setReportDetails(String reportDetails) {
    this.reportDetails = reportDetails;
  }

  public String getInvitee() {
    return invitee;
  }

  public void setInvitee(String invitee) {
    this.invitee = invitee;
  }

  public Long getCollectionId() {
    return collectionId;
  }

  public void setCollectionId(Long collectionId) {
    this.collectionId = collectionId;
  }

  public String getMergeInto() {
    return mergeInto;
  }

  public void setMergeInto(String mergeInto) {
    this.mergeInto = mergeInto;
  }
}
