package fr.capacite.web.path;

import fr.capacite.application.cohort.AttendanceService;
import fr.capacite.application.cohort.LearnerCohort;
import fr.capacite.application.cohort.LearnerSession;
import fr.capacite.application.cohort.SatisfactionService;
import fr.capacite.application.cohort.SurveyInvitationView;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code /path/index.xhtml}: the learner's questionnaires to answer, cohorts with hours attended,
 * and sessions, signing attendance on the day.
 */
@Named
@ViewScoped
public class MyTrainingBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final ZoneId ZONE = FrenchTime.ZONE;

  @EJB private AttendanceService attendance;
  @EJB private SatisfactionService satisfaction;
  @EJB private fr.capacite.application.cohort.CohortService cohortService;

  private List<LearnerSession> sessions;
  private List<LearnerCohort> cohorts;
  private List<SurveyInvitationView> surveys;
  private List<fr.capacite.application.cohort.ApplicationService.ApplicationView> applications;

  @EJB private fr.capacite.application.cohort.ApplicationService applicationService;

  @PostConstruct
  void init() {
    reload();
  }

  private void reload() {
    LocalDate today = LocalDate.now(ZONE);
    sessions = attendance.mySessions(today.minusDays(14), today.plusDays(60));
    cohorts = attendance.myCohorts();
    surveys = satisfaction.myOpenInvitations();
    applications = applicationService.mine();
  }

  public void sign(long sessionId) {
    attendance.sign(sessionId);
    Messages.info("path.index.signed", LocalTime.now(ZONE).withSecond(0).withNano(0).toString());
    reload();
  }

  /** Accepts the place an organisation offered: it may then follow this learner's path. */
  public void accept(long enrolmentId) {
    cohortService.acceptPlace(enrolmentId);
    Messages.info("path.index.offer.accepted");
    reload();
  }

  /** Declines the place offered: it goes to the next person waiting. */
  public void decline(long enrolmentId) {
    cohortService.declinePlace(enrolmentId);
    Messages.info("path.index.offer.declined");
    reload();
  }

  /** A signature time in the learner's time zone. */
  public String time(java.time.Instant at) {
    return at == null ? "" : LocalTime.ofInstant(at, ZONE).withSecond(0).withNano(0).toString();
  }

  /** The person's applications to cohorts, with their answers. */
  public List<fr.capacite.application.cohort.ApplicationService.ApplicationView> getApplications() {
    return applications;
  }

  public void withdrawApplication(long id) {
    applicationService.withdraw(id);
    Messages.info("apply.withdrawn");
    reload();
  }

  public List<LearnerSession> getSessions() {
    return sessions;
  }

  public List<LearnerCohort> getCohorts() {
    return cohorts;
  }

  public List<SurveyInvitationView> getSurveys() {
    return surveys;
  }
}
