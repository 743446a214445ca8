package fr.capacite.web.identity;

import fr.capacite.application.identity.AccountService;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The person's own account (mon compte): a new password ends their other sessions. */
@Named
@RequestScoped
public class AccountBacking {

  @EJB private AccountService account;
  @EJB private fr.capacite.application.identity.SelfService self;

  @EJB private fr.capacite.application.identity.OpenIdAccounts openIds;

  private String newEmail;
  private java.util.List<fr.capacite.application.identity.OpenIdAccounts.Link> openIdLinks;

  private String current;
  private String next;
  private String confirmation;

  public void changePassword() {
    if (next == null || !next.equals(confirmation)) {
      Messages.error("account.password.mismatch");
      return;
    }
    int stamp = account.changeOwnPassword(current.toCharArray(), next.toCharArray());
    // This session carries on; every other session of the account ends on its next request.
    ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getSession()
        .setAttribute(SessionRevalidationFilter.STAMP, stamp);
    Messages.info("account.password.changed");
  }

  /** Sends the link that confirms a new address to it; the address changes once it is followed. */
  public void changeEmail() {
    try {
      self.requestEmailChange(newEmail);
      newEmail = null;
      Messages.info("emailChange.sent");
    } catch (fr.capacite.application.shared.BusinessException e) {
      Messages.error(e);
    }
  }

  /** The provider identities that open this account (sign-in with ProConnect). */
  public java.util.List<fr.capacite.application.identity.OpenIdAccounts.Link> getOpenIdLinks() {
    if (openIdLinks == null) {
      openIdLinks = openIds.myLinks();
    }
    return openIdLinks;
  }

  /** Takes a link back: that identity no longer opens the account. */
  public void unlink(long id) {
    try {
      openIds.unlink(id);
      openIdLinks = null;
      Messages.info("account.openid.unlinked");
    } catch (fr.capacite.application.shared.BusinessException e) {
      Messages.error(e);
    }
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
