package fr.capacite.web.jury;

import fr.capacite.application.jury.DeclarationView;
import fr.capacite.application.jury.JurorService;
import fr.capacite.application.jury.JurorView;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /jury/profile.xhtml}: a juror's standing (R1, R2), the ethics charter to sign, and the
 * links they declare with people they must not assess (R3).
 */
@Named
@ViewScoped
public class JurorProfileBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private JurorService jurors;

  private JurorView me;
  private List<DeclarationView> declarations;
  private String person;
  private String reason;

  @PostConstruct
  void init() {
    reload();
  }

  private void reload() {
    me = jurors.myProfile();
    declarations = jurors.myDeclarations();
  }

  public void signCharter() {
    jurors.signCharter();
    Messages.info("jury.profile.charterSigned");
    reload();
  }

  public void declare() {
    jurors.declareLink(person, reason);
    Messages.info("jury.profile.declared");
    person = null;
    reason = null;
    reload();
  }

  public JurorView getMe() {
    return me;
  }

  public List<DeclarationView> getDeclarations() {
    return declarations;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
