package fr.capacite.web.jury;

import fr.capacite.application.jury.DeliberationView;
import fr.capacite.application.jury.JuryFeedbackService;
import fr.capacite.application.jury.ScoringService;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.domain.jury.TrainingRemark;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /jury/deliberation.xhtml?id=N}: the jury's decisions, block by block (R5). */
@Named
@ViewScoped
public class DeliberationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ScoringService scoring;
  @EJB private JuryFeedbackService feedback;

  private Long id;
  private DeliberationView table;
  private DeliberationView.Row current;
  private Boolean decision;
  private String reason;
  // The juror's remarks on the training of the organisations whose candidates they assess.
  private List<JuryFeedbackService.RemarkTarget> remarkTargets = List.of();
  private final Map<Long, String> remarks = new HashMap<>();

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
    readRemarks();
  }

  /** A juror's remarks, while the PV is not signed (a centre's manager reads none here). */
  private void readRemarks() {
    boolean writable =
        table.status() == ExamStatus.OPEN || table.status() == ExamStatus.DELIBERATED;
    if (!writable
        || !FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.JUROR)) {
      remarkTargets = List.of();
      return;
    }
    try {
      remarkTargets = feedback.remarkTargets(id);
    } catch (ObjectNotFoundException e) {
      remarkTargets =
          List.of(); // not on this jury: a manager of the centre who is a juror elsewhere
    }
    remarks.clear();
    remarkTargets.forEach(t -> remarks.put(t.organisationId(), t.text()));
  }

  /** Saves the juror's remark on one organisation's training (blank: taken back). */
  public void saveRemark(long organisationId) {
    try {
      feedback.remark(id, organisationId, remarks.get(organisationId));
      Messages.info("jury.remark.saved");
      readRemarks();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public List<JuryFeedbackService.RemarkTarget> getRemarkTargets() {
    return remarkTargets;
  }

  public Map<Long, String> getRemarks() {
    return remarks;
  }

  public int getRemarkMax() {
    return TrainingRemark.TEXT_MAX;
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
