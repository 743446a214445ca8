package fr.capacite.web.path;

import fr.capacite.application.cohort.AttendanceService;
import fr.capacite.application.cohort.LearnerSession;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A learner's home (the home page for mediators): their next session and, while it may be signed, a
 * "Signer" button right there.
 */
@Named
@RequestScoped
public class LearnerHomeBacking {

  private static final ZoneId ZONE = FrenchTime.ZONE;

  @EJB private AttendanceService attendance;

  private LearnerSession next;
  private boolean read;

  /** The session being held or the next one within a month, if the caller is a learner. */
  public LearnerSession getNext() {
    if (!read) {
      read = true;
      if (FacesContext.getCurrentInstance()
          .getExternalContext()
          .isUserInRole(Role.MEDIATOR.name())) {
        next = attendance.nextSession(31).orElse(null);
      }
    }
    return next;
  }

  public void sign() {
    LearnerSession s = getNext();
    if (s == null) {
      return;
    }
    try {
      attendance.sign(s.session().id());
      Messages.info("path.index.signed", LocalTime.now(ZONE).withSecond(0).withNano(0).toString());
      read = false;
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }
}
