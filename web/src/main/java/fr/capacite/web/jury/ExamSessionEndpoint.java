package fr.capacite.web.jury;

import fr.capacite.application.jury.ExamSessionDetail;
import fr.capacite.application.jury.ExamSessionService;
import fr.capacite.application.jury.ExamSessionSummary;
import fr.capacite.application.jury.JurorService;
import fr.capacite.application.jury.JurorView;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Exam sessions as JSON, with the permissions of the pages: a centre's managers see its sessions,
 * jurors the sessions they sit on (with candidates, eligibility, exclusions and jury); anything
 * else is a 404.
 */
@Stateless
@Path("exam-sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.JUROR})
public class ExamSessionEndpoint {

  @EJB private ExamSessionService sessions;
  @EJB private JurorService jurors;

  @GET
  public PageSlice<ExamSessionSummary> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    return sessions.listSessions(first, size);
  }

  @GET
  @Path("{id}")
  public ExamSessionDetail get(@PathParam("id") long id) {
    return sessions.getSession(id);
  }

  /** The caller's own juror profile and standing today (R1, R2). */
  @GET
  @Path("me")
  @RolesAllowed(Role.Names.JUROR)
  public JurorView me() {
    return jurors.myProfile();
  }
}
