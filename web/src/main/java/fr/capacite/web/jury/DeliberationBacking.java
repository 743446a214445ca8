package fr.capacite.web.jury;

import fr.capacite.application.jury.DeliberationView;
import fr.capacite.application.jury.ScoringService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** {@code /jury/deliberation.xhtml?id=N}: the jury's decisions, block by block (R5). */
@Named
@ViewScoped
public class DeliberationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ScoringService scoring;

  private Long id;
  private DeliberationView table;
  private DeliberationView.Row current;
  private Boolean decision;
  private String reason;

  /** f:viewAction; a session the caller does not judge or manage is a 404. */
  public void load() throws IOException {
    try {
      table = scoring.deliberation(id == null ? -1 : id);
    } catch (ObjectNotFoundException e) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "");
      fc.responseComplete();
      return;
    }
  }

  /** Opens the decision dialog for one candidate-block. */
  public void prepare(DeliberationView.Row r) {
    current = r;
    decision = r.decision();
    reason = r.reason();
  }

  public void decide() {
    scoring.decide(current.candidateId(), current.blockId(), decision, reason);
    Messages.info("jury.deliberation.recorded");
    table = scoring.deliberation(id);
    org.primefaces.PrimeFaces.current().ajax().addCallbackParam("decided", true);
  }

  public void close() {
    scoring.closeDeliberation(id);
    Messages.info("jury.deliberation.closed");
    table = scoring.deliberation(id);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public DeliberationView getTable() {
    return table;
  }

  public DeliberationView.Row getCurrent() {
    return current;
  }

  public Boolean getDecision() {
    return decision;
  }

  public void setDecision(Boolean decision) {
    this.decision = decision;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
