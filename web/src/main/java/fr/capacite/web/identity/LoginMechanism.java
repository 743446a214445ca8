package fr.capacite.web.identity;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How a person logs in: the login page hands the credentials over ({@code
 * SecurityContext.authenticate}), the identity stores check them, and the container keeps the
 * caller in the session ({@link AutoApplySession}). A protected page asked for without a login
 * shows the login page in its place (a forward: the address stays the page's, which the login form
 * carries back).
 *
 * <p>Written instead of the built-in custom-form mechanism because its {@code LoginToContinue}
 * stores the requested page in a new HTTP session for every anonymous request of a protected
 * address: anyone could then fill the server with sessions without logging in. Here no session
 * exists before a successful login.
 *
 * <p>Where the installation set up an OpenID Connect provider ({@link OpenIdSettings}), the two
 * addresses of that dialogue ({@code /oidc/login}, {@code /oidc/callback}) are handed to the
 * container's OpenID Connect mechanism, and the person it proves is mapped to their Capacité
 * account ({@link OpenIdLogin}). Jakarta Security 3 runs one mechanism per application: this one is
 * the enabled alternative that the container chooses, and it finds the built-in one among the other
 * beans of the type (the standard names it only from Jakarta EE 11 on).
 */
@ApplicationScoped
@AutoApplySession
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class LoginMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject private IdentityStoreHandler identityStores;
  @Inject private OpenIdSettings openIdSettings;
  @Inject private BeanManager beans;
  @Inject private OpenIdLogin.Mapper mapper;

  private volatile HttpAuthenticationMechanism openId;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getUserPrincipal() == null
        && (path.equals(OpenIdServlet.LOGIN) || path.equals(OpenIdServlet.CALLBACK))
        && openIdSettings.isEnabled()) {
      if (path.equals(OpenIdServlet.LOGIN)) {
        OpenIdServlet.rememberContinue(request);
      }
      return openId().validateRequest(request, response, new OpenIdLogin(context, mapper));
    }
    if (context.isProtected()) {
      return context.forward(LOGIN_PAGE);
    }
    return context.doNothing();
  }

  /** The container's OpenID Connect mechanism: the other bean of the type. */
  private HttpAuthenticationMechanism openId() {
    HttpAuthenticationMechanism m = openId;
    if (m == null) {
      Bean<?> bean =
          beans.getBeans(HttpAuthenticationMechanism.class).stream()
              .filter(b -> !b.getTypes().contains(LoginMechanism.class))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no OpenID Connect mechanism"));
      m =
          (HttpAuthenticationMechanism)
              beans.getReference(
                  bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
      openId = m;
    }
    return m;
  }
}
