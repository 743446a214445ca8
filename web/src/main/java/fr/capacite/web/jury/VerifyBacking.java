package fr.capacite.web.jury;

import fr.capacite.application.jury.PvService;
import fr.capacite.application.jury.PvView;
import fr.capacite.application.jury.Verification;
import fr.capacite.application.shared.ObjectNotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * {@code /verify.xhtml?code=X}: anyone checks a result document by its code, without logging in. An
 * unknown code says so; the page shows the result only, nothing else about the person.
 */
@Named
@RequestScoped // the page is public: nothing kept in a session (see the layout's f:view)
public class VerifyBacking {

  @EJB private PvService pv;

  private String code;
  private Verification result;
  private PvView pvResult;
  private boolean checked;

  /** f:viewAction, and the form's button. */
  public void check() {
    checked = code != null && !code.isBlank();
    result = null;
    pvResult = null;
    if (checked) {
      try {
        result = pv.verify(code);
      } catch (ObjectNotFoundException e) {
        // Not a candidate's document: perhaps the PV's own code.
        try {
          pvResult = pv.verifyPv(code);
        } catch (ObjectNotFoundException notAPv) {
          pvResult = null;
        }
      }
    }
  }

  public PvView getPvResult() {
    return pvResult;
  }

  /** The blocks a candidate held before the session, with their grounds, as one line. */
  public String grounds(java.util.List<fr.capacite.domain.jury.PvContent.Ground> held) {
    java.util.Locale locale =
        jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return fr.capacite.application.jury.JuryDocuments.grounds(
        held,
        java.util.ResourceBundle.getBundle(fr.capacite.web.shared.Messages.BUNDLE, locale),
        locale);
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
