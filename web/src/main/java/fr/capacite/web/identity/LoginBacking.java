package fr.capacite.web.identity;

import fr.capacite.application.identity.LoginOutcome;
import fr.capacite.web.shared.LocaleBean;
import fr.capacite.web.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** The login page: checks credentials through Jakarta Security and explains refusals. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private SecurityContext securityContext;
  @Inject private LoginAttempt attempt;
  @Inject private LocaleBean localeBean;

  @NotBlank private String username;
  @NotBlank private String password;

  public void login() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    HttpServletResponse response = (HttpServletResponse) ec.getResponse();
    // A new session id at login defeats session fixation.
    request.getSession(true);
    request.changeSessionId();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    LoginOutcome outcome = attempt.getOutcome();
    if (outcome != null && outcome.succeeded()) {
      localeBean.use(outcome.locale());
    }
    switch (status) {
      case SEND_CONTINUE -> fc.responseComplete();
      case SUCCESS -> ec.redirect(ec.getRequestContextPath() + "/index.xhtml");
      default -> refused(outcome);
    }
  }

  private void refused(LoginOutcome outcome) {
    if (outcome != null && outcome.status() == LoginOutcome.Status.LOCKED) {
      long minutes =
          Math.max(1, Duration.between(Instant.now(), outcome.lockedUntil()).toMinutes() + 1);
      Messages.error("login.locked", minutes);
    } else if (outcome != null && outcome.status() == LoginOutcome.Status.INACTIVE) {
      Messages.error("login.inactive");
    } else {
      Messages.error("login.invalid");
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
