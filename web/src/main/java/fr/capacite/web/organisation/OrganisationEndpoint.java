package fr.capacite.web.organisation;

import fr.capacite.application.organisation.OrganisationDetail;
import fr.capacite.application.organisation.OrganisationService;
import fr.capacite.application.organisation.OrganisationSummary;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.FrenchTime;
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
  @EJB private fr.capacite.application.cohort.lheo.OfferService offers;
  @EJB private fr.capacite.application.logbook.PracticeSharingService sharing;

  /** The offer of every organisation in one LHÉO 2.3 document (administrators). */
  @GET
  @Path("offers.xml")
  @Produces("application/xml; charset=UTF-8")
  @RolesAllowed(Role.Names.ADMIN)
  public Response allOffers() {
    return lheo(offers.exportAll(), "offre-formation-capacite.xml");
  }

  /**
   * The organisation's upcoming cohorts in LHÉO 2.3, for its Carif-Oref and Mon Compte Formation;
   * {@code X-Capacite-Left-Out} counts the cohorts left out (their reasons are on the page).
   */
  @GET
  @Path("{id}/offer.xml")
  @Produces("application/xml; charset=UTF-8")
  public Response offer(@PathParam("id") long id) {
    return lheo(offers.export(id), "offre-formation-" + id + ".xml");
  }

  private static Response lheo(
      fr.capacite.application.cohort.lheo.OfferService.OfferDocument document, String fileName) {
    return Response.ok(document.xml())
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("X-Capacite-Left-Out", document.leftOut().size())
        .build();
  }

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

  /**
   * The figures of the structure's mediators who share their logbook with it (aggregates only,
   * nothing below five entries), over the last 3, 6 or 12 months.
   */
  @GET
  @Path("{id}/practice")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public fr.capacite.application.logbook.PracticeSharingService.Report practice(
      @PathParam("id") long id, @QueryParam("months") Integer months) {
    return sharing.figures(id, months == null ? 12 : months, FrenchTime.today());
  }

  /** The same figures as a CSV file, in the observatory's open-data columns. */
  @GET
  @Path("{id}/practice.csv")
  @Produces("text/csv; charset=UTF-8")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public Response practiceCsv(@PathParam("id") long id, @QueryParam("months") Integer months) {
    return Response.ok(
            fr.capacite.application.logbook.ObservatoryCsv.write(
                sharing.figures(id, months == null ? 12 : months, FrenchTime.today())))
        .header(
            "Content-Disposition", "attachment; filename=\"activite-mediateurs-" + id + ".csv\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
