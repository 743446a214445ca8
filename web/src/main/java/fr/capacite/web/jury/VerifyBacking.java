package fr.capacite.web.jury;

import fr.capacite.application.jury.PvService;
import fr.capacite.application.jury.Verification;
import fr.capacite.application.shared.ObjectNotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /verify.xhtml?code=X}: anyone checks a result document by its code, without logging in. An
 * unknown code says so; the page shows the result only, nothing else about the person.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PvService pv;

  private String code;
  private Verification result;
  private boolean checked;

  /** f:viewAction, and the form's button. */
  public void check() {
    checked = code != null && !code.isBlank();
    result = null;
    if (checked) {
      try {
        result = pv.verify(code);
      } catch (ObjectNotFoundException e) {
        result = null;
      }
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Verification getResult() {
    return result;
  }

  public boolean isChecked() {
    return checked;
  }
}
