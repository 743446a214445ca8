package fr.capacite.application.identity;

import fr.capacite.domain.identity.Role;
import java.time.Instant;
import java.util.Set;

/** What a login attempt gave: the roles on success, or why it was refused. */
public record LoginOutcome(
    Status status, String username, Set<Role> roles, String locale, Instant lockedUntil) {

  /** Result of checking credentials. */
  public enum Status {
    SUCCESS,
    INVALID,
    LOCKED,
    INACTIVE
  }

  public static LoginOutcome success(String username, Set<Role> roles, String locale) {
    return new LoginOutcome(Status.SUCCESS, username, Set.copyOf(roles), locale, null);
  }

  public static LoginOutcome refused(Status status, String username, Instant lockedUntil) {
    return new LoginOutcome(status, username, Set.of(), null, lockedUntil);
  }

  public boolean succeeded() {
    return status == Status.SUCCESS;
  }
}
