package fr.capacite.application.identity;

import fr.capacite.application.shared.AuditService;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks credentials for the identity store. Throttles after {@value User#MAX_FAILED_ATTEMPTS}
 * wrong passwords and audits every attempt. Every attempt costs one password hash, whether the
 * account is unknown, deactivated, throttled or not, so timing does not reveal which accounts exist
 * nor their state (and the page answers every refusal with the same message).
 */
@Stateless
@PermitAll
public class AuthenticationService {

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;
  @EJB private AuditService audit;

  private volatile String dummyHash;

  public LoginOutcome authenticate(String username, char[] password) {
    Instant now = Instant.now();
    String name = username == null ? "" : username.trim().toLowerCase();
    Optional<User> found = findForUpdate(name);
    if (found.isEmpty()) {
      hasher.verify(password, dummyHash());
      audit.record(AuditKind.LOGIN_FAILED, name, "user:" + name, "unknown account");
      return LoginOutcome.refused(LoginOutcome.Status.INVALID, name, null);
    }
    User user = found.get();
    if (!user.isActive()) {
      hasher.verify(password, dummyHash());
      audit.record(AuditKind.LOGIN_FAILED, name, "user:" + name, "account deactivated");
      return LoginOutcome.refused(LoginOutcome.Status.INACTIVE, name, null);
    }
    if (user.isLocked(now)) {
      hasher.verify(password, dummyHash());
      audit.record(AuditKind.LOGIN_FAILED, name, "user:" + name, "account throttled");
      return LoginOutcome.refused(LoginOutcome.Status.LOCKED, name, user.getLockedUntil());
    }
    if (!hasher.verify(password, user.getPasswordHash())) {
      boolean locked = user.recordFailedLogin(now);
      audit.record(AuditKind.LOGIN_FAILED, name, "user:" + name, "wrong password");
      if (locked) {
        audit.record(
            AuditKind.ACCOUNT_LOCKED, name, "user:" + name, "until " + user.getLockedUntil());
        return LoginOutcome.refused(LoginOutcome.Status.LOCKED, name, user.getLockedUntil());
      }
      return LoginOutcome.refused(LoginOutcome.Status.INVALID, name, null);
    }
    user.recordSuccessfulLogin(now);
    audit.record(AuditKind.LOGIN, name, "user:" + name, "");
    // Logged in by address or by user name: the session is the account's user name either way.
    return LoginOutcome.success(
        user.getUsername(), user.getRoles(), user.getLocale(), user.getSessionStamp());
  }

  /**
   * Refuses an attempt from a client address that failed too often (the page's throttle), at the
   * cost of any other attempt, and audits it.
   */
  public void refuseThrottledAddress(String username, char[] password, String address) {
    String name = username == null ? "" : username.trim().toLowerCase();
    hasher.verify(password, dummyHash());
    audit.record(AuditKind.LOGIN_FAILED, name, "user:" + name, "address throttled: " + address);
  }

  /**
   * The session stamp of an active account, read from the database on every call (never from a
   * cache, so that a change made on another node counts at once); empty when the account is gone or
   * deactivated. A session whose stamp differs must end (SessionRevalidationFilter).
   */
  public java.util.OptionalInt findSessionStamp(String username) {
    return em.createNamedQuery("User.sessionStamp", Integer.class)
        .setParameter("username", username)
        .getResultStream()
        .mapToInt(Integer::intValue)
        .findFirst();
  }

  /** An active account, with its current roles. */
  public Optional<User> findActive(String username) {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .getResultStream()
        .filter(User::isActive)
        .findFirst();
  }

  public void logout(String username) {
    audit.record(AuditKind.LOGOUT, username, "user:" + username, "");
  }

  /** Remembers the interface language a user chose. */
  public void rememberLocale(String username, String locale) {
    findActive(username).ifPresent(u -> u.setLocale(locale));
  }

  private Optional<User> findForUpdate(String username) {
    // Pessimistic lock: concurrent wrong passwords must all count toward the throttle.
    if (username.contains("@")) {
      // People who signed up themselves know their address better than their user name.
      return em.createNamedQuery("User.findByEmail", User.class)
          .setParameter("email", username)
          .setLockMode(LockModeType.PESSIMISTIC_WRITE)
          .getResultStream()
          .findFirst();
    }
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private String dummyHash() {
    String h = dummyHash;
    if (h == null) {
      h = hasher.hash("timing-equaliser-password".toCharArray());
      dummyHash = h;
    }
    return h;
  }
}
