package fr.capacite.web.jury;

import fr.capacite.application.jury.PvService;
import fr.capacite.application.jury.PvView;
import fr.capacite.application.jury.Verification;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The public check of a result document by its code: the result, nothing else about the person. */
@Stateless
@Path("verify")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class VerificationEndpoint {

  @EJB private PvService pv;

  @GET
  @Path("{code}")
  public Verification verify(@PathParam("code") String code) {
    return pv.verify(code);
  }

  /** A published PV checked by its own code: its recorded content, revision and SHA-256. */
  @GET
  @Path("pv/{code}")
  public PvView verifyPv(@PathParam("code") String code) {
    return pv.verifyPv(code);
  }
}
