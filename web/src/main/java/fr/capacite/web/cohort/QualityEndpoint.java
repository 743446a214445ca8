package fr.capacite.web.cohort;

import fr.capacite.application.cohort.QualityCsv;
import fr.capacite.application.cohort.QualityReport;
import fr.capacite.application.cohort.QualityService;
import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The quality dashboard as JSON or CSV: one organisation ({@code organisation=N}, its managers and
 * the administrators) or all of them (administrators). Same permissions as the page.
 */
@Stateless
@Path("quality")
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
public class QualityEndpoint {

  @EJB private QualityService quality;
  @EJB private fr.capacite.application.cohort.CrossQualityReports crossReports;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public QualityReport report(
      @QueryParam("organisation") Long organisation,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return load(organisation, from, to);
  }

  @GET
  @Path("quality.csv")
  @Produces("text/csv; charset=UTF-8")
  public Response csv(
      @QueryParam("organisation") Long organisation,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("lang") String lang) {
    Locale locale = fr.capacite.web.shared.LocaleBean.of(lang);
    String name = "qualite-" + (organisation == null ? "organismes" : organisation) + ".csv";
    // The byte-order mark lets spreadsheets read the file as UTF-8.
    return Response.ok("\uFEFF" + QualityCsv.write(load(organisation, from, to), locale))
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  private QualityReport load(Long organisation, String from, String to) {
    LocalDate f = day(from, LocalDate.now(fr.capacite.web.shared.Dates.ZONE).minusYears(1));
    LocalDate t = day(to, LocalDate.now(fr.capacite.web.shared.Dates.ZONE));
    return organisation == null
        ? crossReports.report(f, t)
        : quality.organisationReport(organisation, f, t);
  }

  private static LocalDate day(String value, LocalDate otherwise) {
    LocalDate d = fr.capacite.web.shared.ApiDates.day(value, "quality.badDate");
    return d == null ? otherwise : d;
  }
}
