package fr.capacite.web.cohort;

import fr.capacite.application.cohort.ApplicationService;
import fr.capacite.application.cohort.EnrolmentOutcome;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The applications tab of a cohort's page, for its managers: each application with the person's
 * motivation, funding and CCP1; accepted for the hours chosen, or refused with a reason.
 */
@Named
@ViewScoped
public class ApplicationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ApplicationService applications;

  private Long cohortId;
  private List<ApplicationService.ApplicationView> list;
  private final Map<Long, Integer> hours = new HashMap<>();
  private final Map<Long, String> reasons = new HashMap<>();

  /** The cohort's applications (read once per view, again after a decision). */
  public List<ApplicationService.ApplicationView> of(long cohort) {
    if (list == null || cohortId == null || cohortId != cohort) {
      cohortId = cohort;
      list = applications.ofCohort(cohort);
      // The length the positioning taken before applying advises, chosen unless changed.
      list.stream()
          .filter(a -> a.positionedHours() != null)
          .forEach(a -> hours.putIfAbsent(a.id(), a.positionedHours()));
    }
    return list;
  }

  public void accept(long id, long version) {
    Integer h = hours.get(id);
    if (h == null) {
      Messages.error("cohort.enrolment.hoursNotAllowed", "");
      return;
    }
    try {
      EnrolmentOutcome o = applications.accept(id, version, h);
      Messages.info(
          o.status() == EnrolmentStatus.ENROLLED
              ? "applications.accepted"
              : "applications.acceptedWaiting");
    } catch (BusinessException e) {
      Messages.error(e);
    }
    list = null;
  }

  public void refuse(long id, long version) {
    try {
      applications.refuse(id, version, reasons.get(id));
      Messages.info("applications.refused");
    } catch (BusinessException e) {
      Messages.error(e);
    }
    list = null;
  }

  public Map<Long, Integer> getHours() {
    return hours;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
