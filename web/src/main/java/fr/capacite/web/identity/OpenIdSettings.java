package fr.capacite.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Sign-in with an OpenID Connect provider (ProConnect, the State's identity provider for
 * professionals), configured by the installation's environment and off without it: {@code
 * CAPACITE_OIDC_ISSUER}, {@code _CLIENT_ID}, {@code _CLIENT_SECRET}, and optionally {@code _NAME}
 * (the button's words), {@code _SCOPES}, {@code _EMAILS_VERIFIED} (the provider verifies every
 * address it gives) and {@code _REDIRECT_URI}; each may also be given as a system property ({@code
 * capacite.oidc.issuer}…), which {@code ear/run.sh} sets.
 *
 * <p>The container's own mechanism (Jakarta Security's OpenID Connect mechanism) speaks the
 * protocol: discovery, state, nonce, code exchange, signature and claims of the ID token. Read at
 * each use, so that a test can start a provider beside a deployed server.
 */
@Named
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${openIdSettings.issuer}",
    clientId = "${openIdSettings.clientId}",
    clientSecret = "${openIdSettings.clientSecret}",
    redirectURI = "${openIdSettings.redirectUri}",
    scopeExpression = "${openIdSettings.scopes}",
    // Capacité keeps its own session once the person is known: no tokens kept nor refreshed.
    redirectToOriginalResource = false,
    tokenAutoRefresh = false,
    claimsDefinition = @ClaimsDefinition(callerNameClaim = "sub"),
    logout = @LogoutDefinition(notifyProvider = false))
public class OpenIdSettings {

  /** Soteria replaces this by the server's address and the application's path. */
  static final String BASE_URL = "${baseURL}";

  private static String setting(String name) {
    String v = System.getProperty("capacite.oidc." + name.toLowerCase().replace('_', '-'));
    if (v == null || v.isBlank()) {
      v = System.getenv("CAPACITE_OIDC_" + name);
    }
    return v == null ? "" : v.strip();
  }

  /** Whether the installation set a provider up. */
  public boolean isEnabled() {
    return !getIssuer().isEmpty() && !getClientId().isEmpty();
  }

  public String getIssuer() {
    return setting("ISSUER");
  }

  public String getClientId() {
    return setting("CLIENT_ID");
  }

  public String getClientSecret() {
    return setting("CLIENT_SECRET");
  }

  /** The provider's name on the login button (ProConnect unless told). */
  public String getName() {
    String name = setting("NAME");
    return name.isEmpty() ? "ProConnect" : name;
  }

  public String getScopes() {
    String scopes = setting("SCOPES");
    return scopes.isEmpty() ? "openid email profile" : scopes;
  }

  /** Whether the provider verifies every address it gives, without saying so in each token. */
  public boolean isEmailsVerified() {
    return Boolean.parseBoolean(setting("EMAILS_VERIFIED"));
  }

  /** Where the provider sends people back: this server's {@code /oidc/callback} unless told. */
  public String getRedirectUri() {
    String uri = setting("REDIRECT_URI");
    return uri.isEmpty() ? BASE_URL + OpenIdServlet.CALLBACK : uri;
  }
}
