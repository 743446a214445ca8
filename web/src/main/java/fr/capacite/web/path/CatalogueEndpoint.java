package fr.capacite.web.path;

import fr.capacite.application.path.CatalogueService;
import fr.capacite.application.path.ModuleForm;
import fr.capacite.application.path.ModuleView;
import fr.capacite.application.path.TemplateView;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.path.ModuleKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/** The module catalogue and path templates as JSON: read by everyone signed in. */
@Stateless
@Path("catalogue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.ORG_MANAGER,
  Role.Names.TRAINER,
  Role.Names.JUROR,
  Role.Names.MEDIATOR,
  Role.Names.CURATOR
})
public class CatalogueEndpoint {

  @EJB private CatalogueService catalogue;

  @GET
  @Path("modules")
  public PageSlice<ModuleView> modules(
      @QueryParam("kind") ModuleKind kind,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    return catalogue.listModules(kind, first, size);
  }

  @GET
  @Path("modules/{code}")
  public ModuleView module(@PathParam("code") String code) {
    return catalogue.getModule(code);
  }

  /** Creates or changes a module (administrators); {@code version} guards concurrent edits. */
  @PUT
  @Path("modules/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADMIN)
  public ModuleView save(
      @PathParam("code") String code,
      @QueryParam("version") @DefaultValue("0") long version,
      ModuleForm form) {
    if (form == null) {
      throw new InvalidInputException("error.api.badJson");
    }
    if (!code.equals(form.code())) {
      throw new InvalidInputException("error.api.badRequest");
    }
    return catalogue.saveModule(form, version);
  }

  /** What an organisation delivers of a module (its managers). */
  @PUT
  @Path("modules/{code}/delivery/{organisation}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public ModuleView delivery(
      @PathParam("code") String code,
      @PathParam("organisation") long organisation,
      DeliveryInput in) {
    if (in == null) {
      throw new InvalidInputException("error.api.badJson");
    }
    return catalogue.setDelivery(code, organisation, in.offered(), in.cohortIds());
  }

  /** JSON body of a delivery. */
  public record DeliveryInput(boolean offered, Set<Long> cohortIds) {}

  @GET
  @Path("paths")
  public PageSlice<TemplateView> paths(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    return catalogue.listTemplates(first, size);
  }

  @GET
  @Path("paths/{code}")
  public TemplateView path(@PathParam("code") String code) {
    return catalogue.getTemplate(code);
  }
}
