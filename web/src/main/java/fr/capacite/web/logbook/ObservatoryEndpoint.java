package fr.capacite.web.logbook;

import fr.capacite.application.logbook.LogbookFigures;
import fr.capacite.application.logbook.ObservatoryCsv;
import fr.capacite.application.logbook.ObservatoryFigures;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * The observatory's figures as open data, for anyone: the aggregates of mediators' logbooks for a
 * territory and the last months (see {@code ObservatoryCsv}); nothing below five entries.
 */
@Stateless
@Path("observatory")
@PermitAll
public class ObservatoryEndpoint {

  @EJB private ObservatoryFigures figures;

  @GET
  @Path("figures.csv")
  @Produces("text/csv; charset=UTF-8")
  public Response figuresCsv(
      @QueryParam("region") String region,
      @QueryParam("department") String department,
      @QueryParam("months") Integer months) {
    LogbookFigures.Scope scope = LogbookFigures.Scope.of(region, department);
    String name =
        "observatoire-"
            + (scope.department() != null
                ? "departement-" + scope.department()
                : scope.region() != null ? "region-" + scope.region() : "france")
            + ".csv";
    return Response.ok(
            ObservatoryCsv.write(
                figures.figures(scope, months == null ? 12 : months, FrenchTime.today()).figures()))
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "public, max-age=600")
        .build();
  }
}
