package fr.capacite.web.identity;

import fr.capacite.application.identity.SelfService;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.web.shared.ClientAddress;
import fr.capacite.web.shared.LocaleBean;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The public account pages: {@code signup.xhtml}, {@code signup-confirm.xhtml}, {@code
 * password-forgotten.xhtml}, {@code password-reset.xhtml} and {@code email-confirm.xhtml}.
 * Request-scoped on stateless views, so that a visitor costs no session; each request that sends a
 * mail also counts against the client address (the login's throttle), and the service limits what
 * one e-mail address receives. Answers never say whether an account exists.
 */
@Named
@RequestScoped
public class SelfServiceBacking {

  @EJB private SelfService self;
  @Inject private ClientThrottle throttle;
  @Inject private LocaleBean localeBean;

  private String email;
  private String displayName;
  private String password;
  private String token;
  private boolean done;
  private String username;

  /** Whether the client address may ask once more (and counts this request). */
  private boolean admitted() {
    String address =
        ClientAddress.of(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    if (throttle.blocked(address)) {
      Messages.error("signup.throttled");
      return false;
    }
    throttle.failed(address);
    return true;
  }

  public void signUp() {
    if (!admitted()) {
      return;
    }
    try {
      self.requestSignUp(
          new SelfService.SignUp(
              email,
              displayName,
              password == null ? new char[0] : password.toCharArray(),
              localeBean.getLanguage()));
      done = true;
      Messages.info("signup.sent");
    } catch (BusinessException e) {
      Messages.error(e);
    } finally {
      password = null;
    }
  }

  public void confirmSignUp() {
    try {
      username = self.confirmSignUp(token);
      done = true;
      Messages.info("signup.confirm.done", username);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void askReset() {
    if (!admitted()) {
      return;
    }
    self.requestPasswordReset(email, localeBean.getLanguage());
    done = true;
    Messages.info("forgotten.sent");
  }

  /** Whether the reset link of the address can still be used (else the page says so). */
  public boolean isResetUsable() {
    return self.resetUsable(token);
  }

  public void reset() {
    try {
      self.resetPassword(token, password == null ? new char[0] : password.toCharArray());
      done = true;
      Messages.info("reset.done");
    } catch (BusinessException e) {
      Messages.error(e);
    } finally {
      password = null;
    }
  }

  public void confirmEmail() {
    try {
      String address = self.confirmEmailChange(token);
      done = true;
      Messages.info("emailChange.confirm.done", address);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isDone() {
    return done;
  }

  public String getUsername() {
    return username;
  }
}
