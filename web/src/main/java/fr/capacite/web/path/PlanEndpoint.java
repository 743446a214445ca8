package fr.capacite.web.path;

import fr.capacite.application.path.LearnerPlanSummary;
import fr.capacite.application.path.PixImportService;
import fr.capacite.application.path.PlanService;
import fr.capacite.application.path.PlanView;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * Learning plans as JSON: a mediator reads and steers their own; an organisation's staff read the
 * plans of their own learners (anyone else's is a 404) and record completions and Pix results.
 */
@Stateless
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER, Role.Names.MEDIATOR})
public class PlanEndpoint {

  @EJB private PlanService plans;
  @EJB private PixImportService pix;

  @GET
  @Path("me")
  @RolesAllowed(Role.Names.MEDIATOR)
  public PlanView mine() {
    return plans.myPlan();
  }

  /** Chooses the objective: {@code {"templateCode": "...", "version": n}}. */
  @PUT
  @Path("me/objective")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.MEDIATOR)
  public PlanView choose(ObjectiveInput in) {
    if (in == null || in.templateCode() == null) {
      throw new InvalidInputException("error.api.badJson");
    }
    return plans.chooseObjective(in.templateCode(), in.version());
  }

  public record ObjectiveInput(String templateCode, long version) {}

  /** Imports the caller's Pix results from a CSV body. */
  @POST
  @Path("me/pix")
  @Consumes("text/csv")
  @RolesAllowed(Role.Names.MEDIATOR)
  public PixImportService.Report importMine(InputStream csv) {
    return pix.importMine(csv, "pix.csv");
  }

  @GET
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
  public PageSlice<LearnerPlanSummary> learners(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    return plans.learners(first, size);
  }

  /** Imports Pix results for the caller's learners (a learner column names each one). */
  @POST
  @Path("pix")
  @Consumes("text/csv")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public PixImportService.Report importForLearners(InputStream csv) {
    return pix.importForLearners(csv, "pix.csv");
  }

  @GET
  @Path("{username}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
  public PlanView of(@PathParam("username") String username) {
    return plans.planOf(username);
  }

  /** Records a completed module: {@code {"moduleCode": "...", "completedOn": "2026-11-20"}}. */
  @POST
  @Path("{username}/completions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public PlanView record(@PathParam("username") String username, CompletionInput in) {
    if (in == null || in.moduleCode() == null) {
      throw new InvalidInputException("error.api.badJson");
    }
    return plans.recordCompletion(username, in.moduleCode(), in.completedOn());
  }

  public record CompletionInput(String moduleCode, LocalDate completedOn) {}
}
