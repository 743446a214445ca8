package fr.capacite.web.identity;

import fr.capacite.application.identity.LoginOutcome;
import fr.capacite.application.identity.OpenIdAccounts;
import fr.capacite.domain.identity.OpenIdIdentity;
import fr.capacite.web.shared.LocaleBean;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The OpenID Connect dialogue as the container's mechanism runs it, seen through this wrapper: the
 * caller it would log in (the provider's subject) becomes the Capacité account that identity opens,
 * with the account's roles; a refusal sends the person back to the login page with its reason
 * rather than an empty 401.
 */
final class OpenIdLogin extends HttpMessageContextWrapper {

  private static final Logger LOG = Logger.getLogger(OpenIdLogin.class.getName());

  private final Mapper mapper;

  OpenIdLogin(HttpMessageContext context, Mapper mapper) {
    super(context);
    this.mapper = mapper;
  }

  /** Both addresses start or end the dialogue, whatever the constraints of the page. */
  @Override
  public boolean isProtected() {
    return true;
  }

  /** The session is the account's, registered by {@link LoginMechanism}'s own session handling. */
  @Override
  public void setRegisterSession(String callerName, Set<String> groups) {
    // The provider's subject is not a Capacité user name: nothing to register under it.
  }

  @Override
  public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // A bad state, a token refused (signature, nonce, audience, expiry): the mechanism logged it.
      return backToLogin("failed");
    }
    LoginOutcome outcome = mapper.signIn();
    if (!outcome.succeeded()) {
      return backToLogin(
          outcome.status() == LoginOutcome.Status.UNVERIFIED ? "unverified" : "refused");
    }
    // A new session id at login (the dialogue's session existed before), and the account's stamp
    // that every later request is checked against (SessionRevalidationFilter).
    getRequest().changeSessionId();
    getRequest().getSession().setAttribute(SessionRevalidationFilter.STAMP, outcome.sessionStamp());
    return getWrapped()
        .notifyContainerAboutLogin(
            outcome.username(),
            outcome.roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }

  private AuthenticationStatus backToLogin(String reason) {
    try {
      getResponse()
          .sendRedirect(
              getRequest().getContextPath() + LoginMechanism.LOGIN_PAGE + "?openid=" + reason);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /** Reads who the provider proved, and asks which account that opens. */
  @ApplicationScoped
  static class Mapper {

    @EJB private OpenIdAccounts accounts;
    @Inject private OpenIdSettings settings;
    @Inject private LoginAttempt attempt;
    @Inject private LocaleBean locale;
    @Inject private Instance<OpenIdContext> context;

    LoginOutcome signIn() {
      OpenIdIdentity identity = identity(context.get());
      LOG.fine(() -> "OpenID Connect sign-in of " + identity.subject());
      LoginOutcome outcome =
          accounts.signIn(identity, settings.isEmailsVerified(), locale.getLanguage());
      attempt.setOutcome(outcome);
      return outcome;
    }

    /**
     * The claims Capacité uses, from the ID token, else from the user-info answer (ProConnect gives
     * names and address there): usual_name is ProConnect's family name.
     */
    static OpenIdIdentity identity(OpenIdContext c) {
      Map<String, Object> token = c.getIdentityToken().getClaims();
      String issuer = c.getIdentityToken().getJwtClaims().getIssuer().orElse("");
      JsonObject info = null;
      if (!token.containsKey("email")) {
        info = c.getClaimsJson();
      }
      return new OpenIdIdentity(
          issuer,
          c.getSubject(),
          text(token, info, "email"),
          verified(token, info),
          text(token, info, "given_name"),
          firstOf(text(token, info, "family_name"), text(token, info, "usual_name")));
    }

    private static String firstOf(String a, String b) {
      return a != null && !a.isBlank() ? a : b;
    }

    private static String text(Map<String, Object> token, JsonObject info, String claim) {
      Object v = token.get(claim);
      if (v == null && info != null && info.containsKey(claim)) {
        JsonValue j = info.get(claim);
        return j.getValueType() == JsonValue.ValueType.STRING ? info.getString(claim) : null;
      }
      return v == null ? null : v.toString();
    }

    private static Boolean verified(Map<String, Object> token, JsonObject info) {
      Object v = token.get("email_verified");
      if (v == null && info != null && info.containsKey("email_verified")) {
        JsonValue j = info.get("email_verified");
        v =
            j.getValueType() == JsonValue.ValueType.TRUE
                ? Boolean.TRUE
                : j.getValueType() == JsonValue.ValueType.FALSE ? Boolean.FALSE : j.toString();
      }
      if (v == null) {
        return null;
      }
      return v instanceof Boolean b ? b : Boolean.valueOf(v.toString().replace("\"", ""));
    }
  }
}
