package fr.capacite.web.library;

import fr.capacite.application.library.LibraryFiles;
import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A resource's files and image thumbnails. Images are shown inline; anything else is a download
 * (never rendered by the browser), and the type sent is the one checked on the content.
 */
@Stateless
@Path("library/resources/{slug}/files/{sha}")
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.ORG_MANAGER,
  Role.Names.TRAINER,
  Role.Names.JUROR,
  Role.Names.MEDIATOR,
  Role.Names.CURATOR
})
public class LibraryFileEndpoint {

  @EJB private LibraryFiles files;

  /** Open to anyone: without an account, the files of a published resource's reviewed revision. */
  @GET
  @jakarta.annotation.security.PermitAll
  public Response file(
      @PathParam("slug") String slug,
      @PathParam("sha") String sha,
      @QueryParam("thumbnail") boolean thumbnail) {
    if (!sha.matches("[0-9a-f]{64}")) {
      // the usual JSON refusal, as for an unknown file with a well-formed hash
      throw new fr.capacite.application.shared.ObjectNotFoundException("file", sha);
    }
    LibraryFiles.Download d = files.download(slug, sha, thumbnail);
    boolean inline = d.contentType().startsWith("image/");
    String encoded = URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(d.bytes(), d.contentType())
        .header(
            "Content-Disposition",
            (inline ? "inline" : "attachment") + "; filename*=UTF-8''" + encoded)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, max-age=86400, immutable")
        .build();
  }
}
