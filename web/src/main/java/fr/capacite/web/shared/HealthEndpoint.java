package fr.capacite.web.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * The server answers: a constant JSON document, read by a load balancer to route around a stopped
 * server, and by the benchmarks as the ceiling (the cost of an answer with no work behind it).
 * While the database is away, {@link DatabaseOutageFilter} answers 503 here as everywhere, so a
 * balancer stops sending users to a server that cannot serve them.
 */
@Path("health")
@ApplicationScoped
@PermitAll
public class HealthEndpoint {

  private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get() {
    return Response.ok(UP).header("Cache-Control", "no-store").build();
  }
}
