package fr.capacite.web.identity;

import fr.capacite.application.identity.PersonalDataService;
import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/account/personal-data.json}: everything Capacité holds about the caller, as JSON
 * (RGPD art. 15 and 20), downloaded from their account page.
 */
@Stateless
@Path("account")
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.ORG_MANAGER,
  Role.Names.TRAINER,
  Role.Names.JUROR,
  Role.Names.MEDIATOR,
  Role.Names.CURATOR
})
public class AccountEndpoint {

  @EJB private PersonalDataService personalData;

  @GET
  @Path("personal-data.json")
  @Produces(MediaType.APPLICATION_JSON)
  public Response personalData() {
    JsonObject data = personalData.exportOwn();
    return Response.ok(data)
        .header(
            "Content-Disposition",
            "attachment; filename=\"capacite-mes-donnees-" + data.getString("username") + ".json\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
