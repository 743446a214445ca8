package fr.capacite.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 */
@ApplicationScoped
@AutoApplySession
public class LoginMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
    if (context.isProtected()) {
      return context.forward(LOGIN_PAGE);
    }
    return context.doNothing();
  }
}
