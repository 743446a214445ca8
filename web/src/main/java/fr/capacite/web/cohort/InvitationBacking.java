package fr.capacite.web.cohort;

import fr.capacite.application.cohort.EnrolmentOutcome;
import fr.capacite.application.cohort.InvitationService;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.identity.Role;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The page of an invitation's link (public): what the organisation offers, and the person's answer.
 * Accepting needs a mediator's account (the person logs in or signs up, and comes back here);
 * declining needs none. Opening the page answers nothing: mail scanners open links.
 */
@Named
@RequestScoped
public class InvitationBacking {

  @EJB private InvitationService invitations;

  private String token;
  private String ccp1Evidence;
  private InvitationService.Invitation invitation;
  private boolean read;
  private boolean answered;

  /**
   * The token from the address, or from the answer form when it is posted: the page's parts are
   * shown according to the invitation before the form's own fields are read.
   */
  @jakarta.annotation.PostConstruct
  void readToken() {
    var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    token = params.get("token") != null ? params.get("token") : params.get("answer:token");
  }

  /** The invitation of the link, or null when the link is unknown. */
  public InvitationService.Invitation getInvitation() {
    if (!read) {
      read = true;
      invitation = invitations.find(token).orElse(null);
    }
    return invitation;
  }

  /** Whether the visitor may accept here: logged in with a mediator's account. */
  public boolean isCanAccept() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(Role.MEDIATOR.name());
  }

  public boolean isLoggedIn() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
  }

  /** This page's own address, to come back to after logging in. */
  public String getSelf() {
    return "/invitation.xhtml?token=" + (token == null ? "" : token);
  }

  public String getSelfEncoded() {
    return URLEncoder.encode(getSelf(), StandardCharsets.UTF_8);
  }

  public void accept() {
    try {
      EnrolmentOutcome o = invitations.accept(token, ccp1Evidence);
      answered = true;
      read = false;
      Messages.info(
          o.status() == EnrolmentStatus.ENROLLED
              ? "invitation.accepted"
              : "invitation.acceptedWaiting",
          o.waitingRank() == null ? "" : o.waitingRank().toString());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void decline() {
    try {
      invitations.decline(token);
      answered = true;
      read = false;
      Messages.info("invitation.declined");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public boolean isAnswered() {
    return answered;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getCcp1Evidence() {
    return ccp1Evidence;
  }

  public void setCcp1Evidence(String ccp1Evidence) {
    this.ccp1Evidence = ccp1Evidence;
  }
}
