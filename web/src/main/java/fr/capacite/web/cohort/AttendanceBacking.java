package fr.capacite.web.cohort;

import fr.capacite.application.cohort.AttendanceService;
import fr.capacite.application.cohort.AttendanceView;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.AttendanceStatus;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/** {@code /cohort/attendance.xhtml?session=N}: the sheet a trainer certifies, then locked. */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AttendanceService attendance;

  private Long sessionId;
  private AttendanceView sheet;
  private final Map<Long, AttendanceStatus> statuses = new HashMap<>();

  /** f:viewAction; a session the caller does not staff is a 404. */
  public void load() throws IOException {
    try {
      sheet = attendance.getSheet(sessionId == null ? -1 : sessionId);
    } catch (ObjectNotFoundException e) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "");
      fc.responseComplete();
      return;
    }
    statuses.clear();
    sheet
        .rows()
        .forEach(
            r ->
                statuses.put(
                    r.learnerId(),
                    r.status() != null
                        ? r.status()
                        : r.signedAt() != null
                            ? AttendanceStatus.PRESENT
                            : AttendanceStatus.ABSENT));
  }

  public void certify() {
    attendance.certify(sessionId, Map.copyOf(statuses));
    Messages.info("attendance.certifiedOk");
    sheet = attendance.getSheet(sessionId);
  }

  public String time(java.time.Instant at) {
    return at == null
        ? ""
        : LocalTime.ofInstant(at, FrenchTime.ZONE).withSecond(0).withNano(0).toString();
  }

  public AttendanceStatus[] getStatusValues() {
    return AttendanceStatus.values();
  }

  public Map<Long, AttendanceStatus> getStatuses() {
    return statuses;
  }

  public AttendanceView getSheet() {
    return sheet;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }
}
