package fr.capacite.web.logbook;

import fr.capacite.application.logbook.DossierService;
import fr.capacite.application.logbook.LogbookService;
import fr.capacite.domain.identity.Role;
import fr.capacite.web.shared.LocaleBean;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * A mediator's logbook as a file: La Coop de la médiation numérique's columns and words, then
 * Capacité's own (see {@code LogbookCsv}); and their draft dossier professionnel as a PDF. The
 * caller's own only.
 */
@Stateless
@Path("logbook")
@RolesAllowed(Role.Names.MEDIATOR)
public class LogbookEndpoint {

  @EJB private LogbookService logbook;
  @EJB private DossierService dossiers;

  @GET
  @Path("entries.csv")
  @Produces("text/csv; charset=UTF-8")
  public Response entriesCsv() {
    return Response.ok(logbook.exportCsv(LogbookService.Filter.none()))
        .header("Content-Disposition", "attachment; filename=\"journal-de-pratique.csv\"")
        .build();
  }

  /** The caller's draft dossier professionnel, as a PDF/A in the language asked. */
  @GET
  @Path("dossier.pdf")
  @Produces("application/pdf")
  public Response dossierPdf(@QueryParam("lang") String lang) {
    java.util.Locale locale = LocaleBean.of(lang);
    return Response.ok(dossiers.pdf(locale))
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + Messages.text(locale, "dossier.pdf.file")
                + "-"
                + fr.capacite.domain.shared.FrenchTime.today()
                + ".pdf\"")
        .build();
  }
}
