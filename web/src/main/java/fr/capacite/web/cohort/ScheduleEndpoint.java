package fr.capacite.web.cohort;

import fr.capacite.application.cohort.ScheduleService;
import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** Schedules as iCalendar files, for calendar applications; same permissions as the pages. */
@Stateless
@Path("schedule")
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
public class ScheduleEndpoint {

  static final String ICAL = "text/calendar; charset=UTF-8";

  @EJB private ScheduleService schedule;

  @GET
  @Path("cohorts/{id}.ics")
  @Produces(ICAL)
  public Response cohort(@PathParam("id") long id) {
    return Response.ok(schedule.cohortCalendar(id))
        .header("Content-Disposition", "attachment; filename=\"promotion-" + id + ".ics\"")
        .build();
  }

  /** The caller's own sessions as a trainer. */
  @GET
  @Path("mine.ics")
  @Produces(ICAL)
  public Response mine() {
    return Response.ok(schedule.myCalendar())
        .header("Content-Disposition", "attachment; filename=\"mes-seances.ics\"")
        .build();
  }
}
