package fr.capacite.web.operations;

import fr.capacite.application.operations.ScheduledJobs;
import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/jobs/{job}/runs}: runs today's occurrence of a daily job now (administrators); on
 * several servers it runs once, on whichever claims it first.
 */
@Stateless
@Path("jobs")
@RolesAllowed(Role.Names.ADMIN)
public class JobsEndpoint {

  @EJB private ScheduledJobs jobs;

  @POST
  @Path("{job}/runs")
  @Produces(MediaType.APPLICATION_JSON)
  public ScheduledJobs.Run run(@PathParam("job") String job) {
    return jobs.runToday(job);
  }
}
