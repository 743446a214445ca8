package fr.capacite.web.cohort;

import fr.capacite.application.cohort.AttendanceService;
import fr.capacite.application.cohort.AttendanceView;
import fr.capacite.application.cohort.CohortDetail;
import fr.capacite.application.cohort.CohortService;
import fr.capacite.application.cohort.CohortSummary;
import fr.capacite.application.cohort.ScheduleService;
import fr.capacite.application.cohort.SessionView;
import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Cohorts, their enrolments, sessions and attendance sheets as JSON, with the permissions of the
 * pages (an id the caller may not see is a 404). Lists are per cohort, so they stay small.
 */
@Stateless
@Path("cohorts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
public class CohortEndpoint {

  @EJB private CohortService cohorts;
  @EJB private ScheduleService schedule;
  @EJB private AttendanceService attendance;

  /** The cohorts of an organisation. */
  @GET
  @Path("by-organisation/{organisation}")
  public List<CohortSummary> byOrganisation(@PathParam("organisation") long organisation) {
    return cohorts.listCohorts(organisation);
  }

  /** A cohort with its enrolments and waiting list. */
  @GET
  @Path("{id}")
  public CohortDetail get(@PathParam("id") long id) {
    return cohorts.getCohort(id);
  }

  @GET
  @Path("{id}/sessions")
  public List<SessionView> sessions(@PathParam("id") long id) {
    return schedule.listSessions(id);
  }

  /** The attendance sheet of one session. */
  @GET
  @Path("sessions/{session}/attendance")
  public AttendanceView attendance(@PathParam("session") long session) {
    return attendance.getSheet(session);
  }
}
