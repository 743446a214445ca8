package fr.capacite.web.identity;

import fr.capacite.application.identity.AuthenticationService;
import fr.capacite.application.identity.LoginOutcome;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * Validates credentials against the user table (PBKDF2 hashes, throttling, audit) through {@link
 * AuthenticationService}; the caller's groups are its role names.
 */
@ApplicationScoped
public class CapaciteIdentityStore implements IdentityStore {

  @EJB private AuthenticationService authentication;
  @Inject private LoginAttempt attempt;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LoginOutcome outcome =
        authentication.authenticate(login.getCaller(), login.getPassword().getValue());
    attempt.setOutcome(outcome);
    if (!outcome.succeeded()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        outcome.username(), outcome.roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }
}
