package fr.capacite.web.path;

import fr.capacite.application.cohort.AttendanceService;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * {@code /path/sign.xhtml?session=&code=}: where a learner's phone lands after scanning the QR code
 * the trainer shows. Opening it signs nothing (a link preview or a scanner could open it): the
 * learner presses "Signer", and the code must still be the minute's (or the one before).
 */
@Named
@RequestScoped
public class SignBacking {

  @EJB private AttendanceService attendance;

  private Long session;
  private String code;
  private boolean signed;

  public void sign() {
    if (session == null) {
      Messages.error("attendance.badCode");
      return;
    }
    try {
      attendance.signWithCode(session, code);
      signed = true;
      Messages.info(
          "path.index.signed",
          java.time.LocalTime.now(FrenchTime.ZONE).withSecond(0).withNano(0).toString());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public boolean isSigned() {
    return signed;
  }

  public Long getSession() {
    return session;
  }

  public void setSession(Long session) {
    this.session = session;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
