package fr.capacite.web.jury;

import fr.capacite.application.cohort.CohortService;
import fr.capacite.application.jury.CandidateOutcome;
import fr.capacite.application.jury.ExamSessionDetail;
import fr.capacite.application.jury.ExamSessionService;
import fr.capacite.application.jury.JurorService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.jury.CandidateSource;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.web.cohort.CohortEditBacking.Choice;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /jury/session.xhtml?id=N}: an exam session's life, its candidates (eligibility and
 * excluded jurors, with reasons) and its jury; the centre's managers add candidates and jurors and
 * open scoring. The services check every right again.
 */
@Named
@ViewScoped
public class JurySessionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A juror to choose from, and whether their habilitation holds today. */
  public record JurorChoice(String username, String name, boolean eligibleToday)
      implements Serializable {}

  @EJB private ExamSessionService sessions;
  @EJB private CohortService cohorts;
  @EJB private JurorService jurors;

  private Long id;
  private ExamSessionDetail detail;
  private List<Choice> cohortChoices = List.of();
  private List<JurorChoice> jurorChoices = List.of();
  private CandidateOutcome lastOutcome;

  private Long cohortId;
  private String candidate;
  private CandidateSource source = CandidateSource.DIRECT;
  private String employer;
  private String juror;
  private Integer threshold;

  /** f:viewAction; a session the caller may not see is a 404. */
  public void load() throws IOException {
    try {
      detail = sessions.getSession(id == null ? -1 : id);
    } catch (ObjectNotFoundException e) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "");
      fc.responseComplete();
      return;
    }
    if (detail.canManage() && detail.status() == ExamStatus.PLANNED) {
      cohortChoices =
          cohorts.listCohorts(detail.centreId()).stream()
              .map(c -> new Choice(c.id(), c.title()))
              .toList();
      jurorChoices =
          jurors.listJurors(0, 200).items().stream()
              .map(j -> new JurorChoice(j.username(), j.displayName(), j.eligibleToday()))
              .toList();
    }
  }

  private void reload() {
    detail = sessions.getSession(id);
  }

  public void addCohort() {
    lastOutcome = sessions.addCohortCandidates(id, cohortId);
    Messages.info(
        "jury.candidate.addedFromCohort", lastOutcome.added(), lastOutcome.refused().size());
    reload();
  }

  public void addCandidate() {
    sessions.addCandidate(id, candidate, source, employer, null);
    Messages.info("jury.candidate.added", candidate);
    candidate = null;
    employer = null;
    lastOutcome = null;
    reload();
  }

  public void removeCandidate(long candidateId) {
    sessions.removeCandidate(id, candidateId);
    Messages.info("jury.candidate.removed");
    reload();
  }

  public void assignJuror() {
    sessions.assignJuror(id, juror);
    Messages.info("jury.juror.assigned");
    juror = null;
    reload();
  }

  public void unassignJuror(long jurorId) {
    sessions.unassignJuror(id, jurorId);
    Messages.info("jury.juror.unassigned");
    reload();
  }

  public void saveThreshold() {
    sessions.setDiscrepancyThreshold(id, threshold == null ? 1 : threshold);
    Messages.info("jury.session.thresholdSaved");
    reload();
  }

  public Integer getThreshold() {
    return threshold != null ? threshold : detail == null ? null : detail.discrepancyThreshold();
  }

  public void setThreshold(Integer threshold) {
    this.threshold = threshold;
  }

  public void open() {
    sessions.openForScoring(id);
    Messages.info("jury.session.opened");
    reload();
  }

  public List<ExamStatus> getSteps() {
    return List.of(ExamStatus.values());
  }

  public CandidateSource[] getSources() {
    return new CandidateSource[] {CandidateSource.DIRECT, CandidateSource.VAE};
  }

  public boolean isEditable() {
    return detail != null && detail.canManage() && detail.status() == ExamStatus.PLANNED;
  }

  public ExamModality[] getModalities() {
    return ExamModality.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ExamSessionDetail getDetail() {
    return detail;
  }

  public List<Choice> getCohortChoices() {
    return cohortChoices;
  }

  public List<JurorChoice> getJurorChoices() {
    return jurorChoices;
  }

  public CandidateOutcome getLastOutcome() {
    return lastOutcome;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public void setCohortId(Long cohortId) {
    this.cohortId = cohortId;
  }

  public String getCandidate() {
    return candidate;
  }

  public void setCandidate(String candidate) {
    this.candidate = candidate;
  }

  public CandidateSource getSource() {
    return source;
  }

  public void setSource(CandidateSource source) {
    this.source = source;
  }

  public String getEmployer() {
    return employer;
  }

  public void setEmployer(String employer) {
    this.employer = employer;
  }

  public String getJuror() {
    return juror;
  }

  public void setJuror(String juror) {
    this.juror = juror;
  }
}
