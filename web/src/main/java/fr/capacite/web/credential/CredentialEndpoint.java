package fr.capacite.web.credential;

import fr.capacite.application.credential.CredentialCheck;
import fr.capacite.application.credential.CredentialService;
import fr.capacite.application.credential.CredentialView;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * Verifiable credentials: holders list and download theirs (JSON, JWT, PDF); verification, the
 * issuer profile with its keys, and the revocation list are public.
 */
@Stateless
@Path("credentials")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.ORG_MANAGER,
  Role.Names.TRAINER,
  Role.Names.JUROR,
  Role.Names.MEDIATOR,
  Role.Names.CURATOR
})
public class CredentialEndpoint {

  @EJB private CredentialService credentials;

  @GET
  public PageSlice<CredentialView> mine(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    return credentials.mine(first, size);
  }

  /** The credential as an Open Badges 3.0 JSON document (its secured form is the JWT). */
  @GET
  @Path("{id}")
  @Produces("application/ld+json")
  public Response json(@PathParam("id") String id) {
    return Response.ok(credentials.json(id))
        .header("Content-Disposition", "attachment; filename=\"attestation-" + id + ".json\"")
        .build();
  }

  /** The bare VC-JWT. */
  @GET
  @Path("{id}.jwt")
  @Produces("application/vc+jwt")
  public Response jwt(@PathParam("id") String id) {
    return Response.ok(credentials.jwt(id))
        .header("Content-Disposition", "attachment; filename=\"attestation-" + id + ".jwt\"")
        .build();
  }

  @GET
  @Path("{id}.pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") String id, @QueryParam("lang") String lang) {
    Locale locale = fr.capacite.web.shared.LocaleBean.of(lang);
    return Response.ok(credentials.pdf(id, locale))
        .header("Content-Disposition", "attachment; filename=\"attestation-" + id + ".pdf\"")
        .build();
  }

  /** Revokes a credential (administrators): {@code {"reason": "..."}}. */
  @POST
  @Path("{id}/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADMIN)
  public CredentialView revoke(@PathParam("id") String id, RevocationInput in) {
    if (in == null) {
      throw new InvalidInputException("error.api.badJson");
    }
    return credentials.revoke(id, in.reason());
  }

  public record RevocationInput(String reason) {}

  /** Public check by id: signature and revocation. */
  @GET
  @Path("{id}/check")
  @PermitAll
  public CredentialCheck check(@PathParam("id") String id) {
    return credentials.check(id);
  }

  /** Public check of a presented credential (its JSON document, or the JWT as text). */
  @POST
  @Path("verification")
  @Consumes({MediaType.APPLICATION_JSON, "application/ld+json", MediaType.TEXT_PLAIN})
  @PermitAll
  public CredentialCheck verify(String presented) {
    return credentials.checkDocument(presented);
  }

  @GET
  @Path("issuer")
  @PermitAll
  public JsonObject issuer() {
    return credentials.issuerProfile();
  }

  /** The issuer's public keys (RFC 7517 JWK set), retired ones included. */
  @GET
  @Path("keys")
  @Produces({"application/jwk-set+json", MediaType.APPLICATION_JSON})
  @PermitAll
  public JsonObject keys() {
    return credentials.keySet();
  }

  /** One public key, where each credential's kid points (OB 3.0 §8.2). */
  @GET
  @Path("keys/{name}")
  @Produces({"application/jwk+json", MediaType.APPLICATION_JSON})
  @PermitAll
  public JsonObject key(@PathParam("name") String name) {
    return credentials.publicKey(name);
  }

  /** A W3C Bitstring Status List (revocation) as JSON; its secured form is {@code .jwt}. */
  @GET
  @Path("status/{list: [0-9]+}")
  @Produces({"application/vc+ld+json", MediaType.APPLICATION_JSON})
  @PermitAll
  public JsonObject statusList(@PathParam("list") int list) {
    return credentials.statusList(list);
  }

  /** The status list secured as a VC-JWT. */
  @GET
  @Path("status/{list: [0-9]+}.jwt")
  @Produces("application/vc+jwt")
  @PermitAll
  public String statusListJwt(@PathParam("list") int list) {
    return credentials.statusListJwt(list);
  }

  /** The 1EdTech revocation list, for credentials issued before the status lists. */
  @GET
  @Path("revocations")
  @PermitAll
  public JsonObject revocations() {
    return credentials.revocationList();
  }
}
