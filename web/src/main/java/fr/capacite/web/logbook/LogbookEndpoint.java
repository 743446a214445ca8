package fr.capacite.web.logbook;

import fr.capacite.application.logbook.LogbookService;
import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * A mediator's logbook as a file: La Coop de la médiation numérique's columns and words, then
 * Capacité's own (see {@code LogbookCsv}); the caller's entries only.
 */
@Stateless
@Path("logbook")
@RolesAllowed(Role.Names.MEDIATOR)
public class LogbookEndpoint {

  @EJB private LogbookService logbook;

  @GET
  @Path("entries.csv")
  @Produces("text/csv; charset=UTF-8")
  public Response entriesCsv() {
    return Response.ok(logbook.exportCsv(LogbookService.Filter.none()))
        .header("Content-Disposition", "attachment; filename=\"journal-de-pratique.csv\"")
        .build();
  }
}
