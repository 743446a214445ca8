package fr.capacite.web.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI document that swagger-maven-plugin generates from the endpoints at build time,
 * so it always lists every endpoint that exists.
 */
@Path("openapi.json")
@ApplicationScoped
@PermitAll
public class OpenApiEndpoint {

  static final String DOCUMENT = "/META-INF/openapi/openapi.json";

  private volatile byte[] document;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public byte[] get() {
    byte[] d = document;
    if (d == null) {
      try (InputStream in = OpenApiEndpoint.class.getResourceAsStream(DOCUMENT)) {
        if (in == null) {
          throw new NotFoundException();
        }
        d = in.readAllBytes();
        document = d;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return d;
  }
}
