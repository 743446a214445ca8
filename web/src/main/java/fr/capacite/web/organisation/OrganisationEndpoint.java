package fr.capacite.web.organisation;

import fr.capacite.application.organisation.OrganisationDetail;
import fr.capacite.application.organisation.OrganisationService;
import fr.capacite.application.organisation.OrganisationSummary;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Organisations as JSON, with the permissions of the pages: administrators see all of them,
 * managers and trainers their own (an id of another organisation is a 404). An EJB, so that
 * {@code @RolesAllowed} is enforced; the caller is the logged-in session.
 */
@Stateless
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
public class OrganisationEndpoint {

  @EJB private OrganisationService organisations;

  @GET
  public PageSlice<OrganisationSummary> list(
      @QueryParam("q") @DefaultValue("") String query,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    return organisations.search(query, first, size);
  }

  @GET
  @Path("{id}")
  public OrganisationDetail get(@PathParam("id") long id) {
    return organisations.getOrganisation(id);
  }

  /** The organisation's sites in the "lieux de médiation numérique" CSV format (schema v1.0.2). */
  @GET
  @Path("{id}/sites.csv")
  @Produces("text/csv; charset=UTF-8")
  public Response sitesCsv(@PathParam("id") long id) {
    return Response.ok(organisations.exportLieux(id))
        .header("Content-Disposition", "attachment; filename=\"lieux-" + id + ".csv\"")
        .build();
  }
}
