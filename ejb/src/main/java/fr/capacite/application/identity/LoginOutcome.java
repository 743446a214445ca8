package fr.capacite.application.identity;

import fr.capacite.domain.identity.Role;
import java.time.Instant;
import java.util.Set;

/**
 * What a login attempt gave: the roles and the account's session stamp on success, or why it was
 * refused (for the audit log only: the page gives every refusal the same message).
 */
public record LoginOutcome(
    Status status,
    String username,
    Set<Role> roles,
    String locale,
    Instant lockedUntil,
    int sessionStamp) {

  /** Result of checking credentials. */
  public enum Status {
    SUCCESS,
    INVALID,
    LOCKED,
    INACTIVE,
    /** An OpenID Connect provider gave no address it verified: no account can be found or made. */
    UNVERIFIED
  }

  public static LoginOutcome success(
      String username, Set<Role> roles, String locale, int sessionStamp) {
    return new LoginOutcome(
        Status.SUCCESS, username, Set.copyOf(roles), locale, null, sessionStamp);
  }

  public static LoginOutcome refused(Status status, String username, Instant lockedUntil) {
    return new LoginOutcome(status, username, Set.of(), null, lockedUntil, -1);
  }

  public boolean succeeded() {
    return status == Status.SUCCESS;
  }
}
