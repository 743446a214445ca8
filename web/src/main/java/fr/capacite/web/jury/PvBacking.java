package fr.capacite.web.jury;

import fr.capacite.application.jury.PvService;
import fr.capacite.application.jury.PvView;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * {@code /jury/pv.xhtml?id=N}: the PV of a session: jurors sign it with their password (R9); the
 * centre publishes the results; corrections after signature are amendments, listed with the PV.
 */
@Named
@ViewScoped
public class PvBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PvService pvs;

  private Long id;
  private PvView pv;
  private String password;

  private Long amendCandidateId;
  private Long amendBlockId;
  private String amendLabel;
  private Boolean amendAcquired;
  private String amendReason;

  /** f:viewAction; a session the caller does not judge or manage is a 404. */
  public void load() throws IOException {
    try {
      pv = pvs.getPv(id == null ? -1 : id);
    } catch (ObjectNotFoundException e) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "");
      fc.responseComplete();
    }
  }

  public void sign() {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    password = null;
    try {
      pvs.sign(id, secret);
    } finally {
      java.util.Arrays.fill(secret, '\0');
    }
    Messages.info("jury.pv.signed");
    pv = pvs.getPv(id);
  }

  public void publish() {
    pvs.publish(id);
    Messages.info("jury.pv.published");
    pv = pvs.getPv(id);
  }

  /** Opens the amendment dialog for one candidate-block. */
  public void prepareAmendment(PvView.CandidateResult r, PvView.BlockOutcome b) {
    amendCandidateId = r.candidateId();
    amendBlockId = b.blockId();
    amendLabel = r.name() + " — " + b.code();
    amendAcquired = b.acquired() == null ? null : !b.acquired();
    amendReason = null;
  }

  public void amend() {
    pvs.amend(amendCandidateId, amendBlockId, Boolean.TRUE.equals(amendAcquired), amendReason);
    Messages.info("jury.pv.amended");
    pv = pvs.getPv(id);
    org.primefaces.PrimeFaces.current().ajax().addCallbackParam("amended", true);
  }

  /** A moment in the reader's language, Paris time. */
  public String when(java.time.Instant at) {
    return at == null
        ? ""
        : java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .withZone(FrenchTime.ZONE)
            .format(at);
  }

  public String getLang() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PvView getPv() {
    return pv;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getAmendLabel() {
    return amendLabel;
  }

  public Boolean getAmendAcquired() {
    return amendAcquired;
  }

  public void setAmendAcquired(Boolean amendAcquired) {
    this.amendAcquired = amendAcquired;
  }

  public String getAmendReason() {
    return amendReason;
  }

  public void setAmendReason(String amendReason) {
    this.amendReason = amendReason;
  }
}
