package fr.capacite.web.identity;

import fr.capacite.application.identity.AuthenticationService;
import fr.capacite.application.identity.LoginOutcome;
import fr.capacite.web.shared.LanguageServlet;
import fr.capacite.web.shared.LocaleBean;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.SameOrigin;
import jakarta.ejb.EJB;
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
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The login page: checks credentials through Jakarta Security and explains refusals. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private SecurityContext securityContext;
  @Inject private LoginAttempt attempt;
  @Inject private LocaleBean localeBean;
  @Inject private ClientThrottle throttle;
  @EJB private AuthenticationService authentication;

  @NotBlank private String username;
  @NotBlank private String password;
  private String continueTo;

  public void login() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    HttpServletResponse response = (HttpServletResponse) ec.getResponse();
    String address = fr.capacite.web.shared.ClientAddress.of(request);
    if (SameOrigin.isCrossSite(request)) {
      // The login form keeps no server state (no session before login), so its view state is no
      // token: a page of another site must not log the visitor into an account of its choosing.
      ec.responseSendError(HttpServletResponse.SC_FORBIDDEN, "cross-site login");
      fc.responseComplete();
      return;
    }
    if (throttle.blocked(address)) {
      // Same message and cost as any other refusal: nothing tells the address it is throttled.
      authentication.refuseThrottledAddress(username, password.toCharArray(), address);
      Messages.error("login.invalid");
      return;
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    LoginOutcome outcome = attempt.getOutcome();
    if (status == AuthenticationStatus.SUCCESS && outcome != null && outcome.succeeded()) {
      // The session starts only now (no session before a login, see LoginMechanism); a new id
      // at login also defeats session fixation if one was planted.
      HttpSession session = request.getSession(true);
      if (!session.isNew()) {
        request.changeSessionId();
      }
      request.getSession().setAttribute(SessionRevalidationFilter.STAMP, outcome.sessionStamp());
      localeBean.use(outcome.locale(), response);
    }
    switch (status) {
      case SEND_CONTINUE -> fc.responseComplete();
      case SUCCESS -> ec.redirect(ec.getRequestContextPath() + afterLogin(request));
      default -> {
        if (outcome != null && outcome.succeeded()) {
          // The right credentials, but the container started no session: this node holds as many
          // as it may (glassfish-web.xml, maxSessions). Say so, without counting a failure.
          Messages.error("login.saturated");
          ec.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
          ec.setResponseHeader("Retry-After", "300");
          return;
        }
        throttle.failed(address);
        // One message for every refusal (unknown, wrong password, throttled or deactivated
        // account): the page never tells which accounts exist nor their state.
        Messages.error("login.invalid");
      }
    }
  }

  /**
   * Where to go once logged in: the protected page that sent the visitor here (a shared link; the
   * login page is shown in its place, see ApplicationConfig), or the {@code continue} address of
   * the header's login link; only a local path of this application is followed (no open redirect).
   */
  String afterLogin(HttpServletRequest request) {
    return LanguageServlet.safeReturn(continueTo);
  }

  /**
   * The address to come back to: given, or the protected page the login page is shown for (a
   * forward keeps the page's own address in the browser and in these request attributes).
   */
  public String getContinueTo() {
    if (continueTo == null) {
      var request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      Object uri = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
      if (uri != null) {
        String path = uri.toString().substring(request.getContextPath().length());
        Object query = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_QUERY_STRING);
        if (!path.startsWith("/login.xhtml")) {
          continueTo = query == null ? path : path + "?" + query;
        }
      }
    }
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
