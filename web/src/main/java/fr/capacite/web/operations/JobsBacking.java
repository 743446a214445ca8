package fr.capacite.web.operations;

import fr.capacite.application.operations.ScheduledJobs;
import fr.capacite.web.shared.Dates;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /admin/jobs.xhtml}: the nightly and daily jobs, when each last ran and on which server,
 * and a button to run today's occurrence now.
 */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ScheduledJobs jobs;

  private List<ScheduledJobs.Latest> latest;

  @PostConstruct
  void init() {
    latest = jobs.latest();
  }

  public void run(String job) {
    ScheduledJobs.Run r = jobs.runToday(job);
    Messages.info(
        r.ran() ? "admin.jobs.ran" : "admin.jobs.alreadyRan",
        Messages.text("admin.jobs.name." + job),
        r.holder() == null ? "" : r.holder());
    latest = jobs.latest();
  }

  public List<ScheduledJobs.Latest> getLatest() {
    return latest;
  }

  /** An occurrence (a day) in the viewer's language. */
  public String day(String occurrence) {
    return occurrence == null ? "" : Dates.day(java.time.LocalDate.parse(occurrence));
  }

  public String moment(java.time.Instant at) {
    return at == null ? "" : Dates.momentToTheSecond(at);
  }
}
