package fr.capacite.web.identity;

import fr.capacite.application.identity.LoginOutcome;
import fr.capacite.web.shared.LanguageServlet;
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
  private String continueTo;

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
      case SUCCESS -> ec.redirect(ec.getRequestContextPath() + afterLogin(request));
      default -> refused(outcome);
    }
  }

  /**
   * Where to go once logged in: the page that sent the visitor here (a shared link to a protected
   * page, kept by Jakarta Security in the session), or the {@code continue} address of the login
   * link; only a local path of this application is followed (no open redirect).
   */
  String afterLogin(HttpServletRequest request) {
    String saved = savedRequest(request);
    if (saved != null) {
      return LanguageServlet.safeReturn(saved);
    }
    return LanguageServlet.safeReturn(continueTo);
  }

  /**
   * The protected page asked for before login. Soteria (GlassFish's Jakarta Security) keeps it in
   * the session but, for a login started by the application ({@code SecurityContext.authenticate}),
   * does not go back to it; read through reflection, as the class is the server's, not ours.
   */
  private static String savedRequest(HttpServletRequest request) {
    var session = request.getSession(false);
    Object data = session == null ? null : session.getAttribute(SAVED_REQUEST);
    if (data == null) {
      return null;
    }
    session.removeAttribute(SAVED_REQUEST);
    try {
      String method = (String) data.getClass().getMethod("getMethod").invoke(data);
      String url = (String) data.getClass().getMethod("getFullRequestURL").invoke(data);
      // Only the path and query are kept: the redirect stays in this application, whatever host
      // the saved address names.
      java.net.URI uri = url == null ? null : java.net.URI.create(url);
      String path = uri == null ? null : uri.getRawPath();
      if (!"GET".equals(method) || path == null || !path.startsWith(request.getContextPath())) {
        return null;
      }
      String relative = path.substring(request.getContextPath().length());
      return uri.getRawQuery() == null ? relative : relative + "?" + uri.getRawQuery();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";

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

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
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
