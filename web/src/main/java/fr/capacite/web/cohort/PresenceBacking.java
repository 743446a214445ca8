package fr.capacite.web.cohort;

import fr.capacite.application.cohort.AttendanceService;
import fr.capacite.application.shared.ArchivalPdf;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import fr.capacite.web.shared.PublicAddress;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * {@code /cohort/presence.xhtml?session=}: the QR code a trainer shows in the room. It leads to the
 * learner's signing page with the minute's code, and is drawn again every few seconds so that it
 * follows the code; outside the session's window the page says why there is none.
 */
@Named
@ViewScoped
public class PresenceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AttendanceService attendance;

  private Long session;
  private AttendanceService.Presence presence;
  private String refused;

  public void load() throws IOException {
    if (session == null) {
      NotFound.send();
      return;
    }
    try {
      refresh();
    } catch (ObjectNotFoundException e) {
      NotFound.send();
    }
  }

  /** Reads the current code again (the poll), or the reason there is none now. */
  public void refresh() {
    try {
      presence = attendance.presence(session);
      refused = null;
    } catch (ObjectNotFoundException e) {
      throw e;
    } catch (BusinessException e) {
      presence = null;
      refused = Messages.text(e);
    }
  }

  /** The address the QR code holds: the learner's signing page with this minute's code. */
  public String getSignAddress() {
    return presence == null
        ? null
        : PublicAddress.of(
            "path/sign.xhtml?session=" + presence.sessionId() + "&code=" + presence.code());
  }

  public String getQrImage() {
    return presence == null ? null : ArchivalPdf.qrDataUri(getSignAddress());
  }

  /** When the code changes, on the room's clock. */
  public java.time.LocalTime getChangesAt() {
    return presence == null ? null : presence.changesAt().atZone(FrenchTime.ZONE).toLocalTime();
  }

  public AttendanceService.Presence getPresence() {
    return presence;
  }

  public String getRefused() {
    return refused;
  }

  public Long getSession() {
    return session;
  }

  public void setSession(Long session) {
    this.session = session;
  }
}
