package fr.capacite.web.path;

import fr.capacite.application.cohort.SatisfactionService;
import fr.capacite.application.cohort.SurveyInvitationView;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.SatisfactionQuestion;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code /path/survey.xhtml?invitation=N}: the learner answers the standard questionnaire. */
@Named
@ViewScoped
public class SurveyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SatisfactionService satisfaction;

  private Long invitationId;
  private SurveyInvitationView invitation;
  private final Map<SatisfactionQuestion, Integer> scores =
      new EnumMap<>(SatisfactionQuestion.class);
  private String comment;
  private boolean anonymous = true;

  /** f:viewAction; another learner's or an unknown invitation is a 404. */
  public void load() throws IOException {
    try {
      invitation = satisfaction.getInvitation(invitationId == null ? -1 : invitationId);
    } catch (ObjectNotFoundException e) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "");
      fc.responseComplete();
    }
  }

  public String submit() {
    satisfaction.answer(invitationId, Map.copyOf(scores), comment, anonymous);
    Messages.info("survey.thanks");
    return "/path/index?faces-redirect=true";
  }

  public List<SatisfactionQuestion> getQuestions() {
    return List.of(SatisfactionQuestion.values());
  }

  public List<Integer> getScale() {
    return List.of(1, 2, 3, 4, 5);
  }

  public Long getInvitationId() {
    return invitationId;
  }

  public void setInvitationId(Long invitationId) {
    this.invitationId = invitationId;
  }

  public SurveyInvitationView getInvitation() {
    return invitation;
  }

  public Map<SatisfactionQuestion, Integer> getScores() {
    return scores;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public void setAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }
}
