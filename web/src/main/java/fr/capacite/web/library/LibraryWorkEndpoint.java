package fr.capacite.web.library;

import fr.capacite.application.library.FeedbackViews;
import fr.capacite.application.library.LibraryFeedback;
import fr.capacite.application.library.ProposalService;
import fr.capacite.application.library.ProposalViews;
import fr.capacite.application.library.ReviewService;
import fr.capacite.application.library.ReviewViews;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.library.BlockContent;
import fr.capacite.domain.library.ReviewCriterion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Working on resources as JSON: edit proposals and their decision, curators' reviews, ratings. The
 * services check who may do what; this only translates.
 */
@Stateless
@Path("library")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.ORG_MANAGER,
  Role.Names.TRAINER,
  Role.Names.JUROR,
  Role.Names.MEDIATOR,
  Role.Names.CURATOR
})
public class LibraryWorkEndpoint {

  /** An edit proposal: the revision it starts from, the proposed blocks, why. */
  public record ProposalForm(int basedOn, List<BlockContent> blocks, String summary) {}

  /** A maintainer's decision: the proposal's version and the changes accepted. */
  public record Decision(long version, Set<Integer> accepted) {}

  /** A review's rubric; {@code decision}: null to save, LABEL or CHANGES to complete. */
  public record RubricForm(
      long version,
      Map<ReviewCriterion, Integer> scores,
      Map<ReviewCriterion, String> comments,
      String overall,
      String decision) {}

  public record RatingForm(int score, String comment) {}

  @EJB private ProposalService proposals;
  @EJB private ReviewService reviews;
  @EJB private LibraryFeedback feedback;

  @GET
  @Path("resources/{slug}/proposals")
  public List<ProposalViews.Row> openProposals(@PathParam("slug") String slug) {
    return proposals.open(slug);
  }

  @POST
  @Path("resources/{slug}/proposals")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response propose(@PathParam("slug") String slug, ProposalForm form) {
    if (form == null) {
      throw new InvalidInputException("error.api.badRequest");
    }
    long id = proposals.propose(slug, form.basedOn(), form.blocks(), form.summary());
    return Response.created(URI.create("api/library/proposals/" + id))
        .entity(proposals.review(id))
        .build();
  }

  @GET
  @Path("proposals/{id}")
  public ProposalViews.Review proposal(@PathParam("id") long id) {
    return proposals.review(id);
  }

  @POST
  @Path("proposals/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProposalViews.Review decide(@PathParam("id") long id, Decision d) {
    if (d == null) {
      throw new InvalidInputException("error.api.badRequest");
    }
    return proposals.decide(id, d.version(), d.accepted() == null ? Set.of() : d.accepted());
  }

  @GET
  @Path("resources/{slug}/reviews")
  public List<ReviewViews.Review> reviews(@PathParam("slug") String slug) {
    return reviews.ofResource(slug);
  }

  /** A curator takes the resource in review. */
  @POST
  @Path("resources/{slug}/reviews")
  @RolesAllowed({Role.Names.CURATOR, Role.Names.ADMIN})
  public Response startReview(@PathParam("slug") String slug) {
    long id = reviews.start(slug);
    return Response.created(URI.create("api/library/reviews/" + id))
        .entity(reviews.get(id))
        .build();
  }

  @GET
  @Path("reviews/{id}")
  @RolesAllowed({Role.Names.CURATOR, Role.Names.ADMIN})
  public ReviewViews.Review review(@PathParam("id") long id) {
    return reviews.get(id);
  }

  @PUT
  @Path("reviews/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CURATOR, Role.Names.ADMIN})
  public ReviewViews.Review score(@PathParam("id") long id, RubricForm f) {
    if (f == null) {
      throw new InvalidInputException("error.api.badRequest");
    }
    if (f.decision() == null) {
      return reviews.save(id, f.version(), f.scores(), f.comments(), f.overall());
    }
    if (!"LABEL".equals(f.decision()) && !"CHANGES".equals(f.decision())) {
      throw new InvalidInputException("error.api.badRequest");
    }
    return reviews.complete(
        id, f.version(), f.scores(), f.comments(), f.overall(), "LABEL".equals(f.decision()));
  }

  @GET
  @Path("resources/{slug}/ratings")
  public FeedbackViews.Feedback ratings(@PathParam("slug") String slug) {
    return feedback.feedback(slug);
  }

  @POST
  @Path("resources/{slug}/ratings")
  @Consumes(MediaType.APPLICATION_JSON)
  public FeedbackViews.Feedback rate(@PathParam("slug") String slug, RatingForm f) {
    if (f == null) {
      throw new InvalidInputException("error.api.badRequest");
    }
    return feedback.rate(slug, f.score(), f.comment());
  }
}
