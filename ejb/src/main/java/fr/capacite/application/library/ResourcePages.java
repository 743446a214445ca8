package fr.capacite.application.library;

import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.util.List;

/**
 * Everything the resource page shows, in one transaction: the revision read, what readers said, the
 * open proposals, reviews, maintainers, the caller's invitation and collections. Each part still
 * goes through its own service and its permissions; one transaction spares a transaction and a
 * persistence context per part. The view is counted last, so that the row lock of the counter is
 * held only while the transaction commits, never while the parts are read.
 */
@Stateless
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.ORG_MANAGER,
  Role.Names.TRAINER,
  Role.Names.JUROR,
  Role.Names.MEDIATOR,
  Role.Names.CURATOR
})
public class ResourcePages {

  @EJB private LibraryReader reader;
  @EJB private LibraryFeedback feedbacks;
  @EJB private ProposalService proposals;
  @EJB private ReviewService reviews;
  @EJB private CollaborationService collaboration;
  @EJB private CollectionService collections;
  @EJB private ResourceCounters counters;
  @jakarta.annotation.Resource private jakarta.ejb.SessionContext ctx;

  /** What the page shows around a resource's revision. */
  public record Parts(
      FeedbackViews.Feedback feedback,
      List<ProposalViews.Row> openProposals,
      List<ReviewViews.Review> reviews,
      boolean consentAsked,
      List<CollaborationService.Maintainer> maintainers,
      CollaborationService.Invitation invitation,
      CollaborationService.Origin origin,
      List<CollectionService.CollectionRow> myCollections)
      implements Serializable {}

  /** The page: the revision and its parts. */
  public record Page(LibraryViews.ResourceView resource, Parts parts) implements Serializable {}

  /**
   * A resource at a revision (null: the one shown by default) with its parts; counts a view. A
   * merged resource's former address gives the canonical resource (its slug differs). Open to
   * anyone: without an account, a published resource at its reviewed revision, with the parts the
   * public may see (figures, finished reviews, maintainers' names, a published original).
   */
  @jakarta.annotation.security.PermitAll
  public Page page(String slug, Integer revision) {
    LibraryViews.ResourceView view = reader.readUncounted(slug, revision);
    Parts parts = parts(view);
    counters.viewed(view.slug());
    return new Page(view, parts);
  }

  /** The parts again (after the reader rated, declared a use, answered an invitation…). */
  @jakarta.annotation.security.PermitAll
  public Parts parts(LibraryViews.ResourceView view) {
    String s = view.slug();
    if (!LibraryService.hasAccount(ctx)) {
      return new Parts(
          feedbacks.feedback(s),
          List.of(),
          reviews.ofResource(s),
          false,
          collaboration.maintainers(s),
          null,
          collaboration.origin(s).orElse(null),
          List.of());
    }
    return new Parts(
        feedbacks.feedback(s),
        view.canEdit() ? proposals.open(s) : List.of(),
        reviews.ofResource(s),
        reviews.consentAsked(s),
        collaboration.maintainers(s),
        collaboration.myInvitation(s).orElse(null),
        collaboration.origin(s).orElse(null),
        collections.mine(0, 100).items());
  }
}
