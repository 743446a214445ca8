package fr.capacite.domain.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A user account. Invariant: after {@link #MAX_FAILED_ATTEMPTS} consecutive wrong passwords the
 * account is throttled for {@link #LOCK_DURATION}; a successful login resets the counter.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = "User.findByUsername",
    query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(name = "User.findByEmail", query = "SELECT u FROM User u WHERE u.email = :email")
@NamedQuery(
    name = "User.sessionStamp",
    query = "SELECT u.sessionStamp FROM User u WHERE u.username = :username AND u.active = TRUE")
@NamedQuery(
    name = "User.search",
    query =
        "SELECT u FROM User u WHERE (:q = '' OR LOWER(u.username) LIKE :q OR LOWER(u.displayName)"
            + " LIKE :q OR LOWER(u.email) LIKE :q) ORDER BY u.username")
@NamedQuery(
    name = "User.countSearch",
    query =
        "SELECT COUNT(u) FROM User u WHERE (:q = '' OR LOWER(u.username) LIKE :q OR"
            + " LOWER(u.displayName) LIKE :q OR LOWER(u.email) LIKE :q)")
public class User {

  public static final int USERNAME_MAX = 80;
  public static final int EMAIL_MAX = 254;
  public static final int DISPLAY_NAME_MAX = 120;
  public static final int PASSWORD_MIN = 12;
  public static final int MAX_FAILED_ATTEMPTS = 5;
  public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
  public static final String USERNAME_PATTERN = "[a-z0-9._-]+";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = USERNAME_MAX)
  @Pattern(regexp = USERNAME_PATTERN)
  @Column(nullable = false, length = USERNAME_MAX, unique = true)
  private String username;

  @NotBlank
  @Email
  @Size(max = EMAIL_MAX)
  @Column(nullable = false, length = EMAIL_MAX, unique = true)
  private String email;

  @NotBlank
  @Size(max = DISPLAY_NAME_MAX)
  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active = true;

  @Column(nullable = false, length = 8)
  private String locale = "fr";

  /** Also send notifications by e-mail, when the platform has a mail session. */
  @Column(name = "email_notifications", nullable = false)
  private boolean emailNotifications = true;

  /** When the person's identity was erased (RGPD art. 17); the row then carries a pseudonym. */
  @Column(name = "erased_at")
  private Instant erasedAt;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /**
   * Raised by every change that must end the account's open sessions (deactivation, roles,
   * password): a session remembers the stamp it logged in with and is ended on its next request
   * once they differ (SessionRevalidationFilter).
   */
  @Column(name = "session_stamp", nullable = false)
  private int sessionStamp;

  @Version private long version;

  protected User() {}

  public User(String username, String email, String displayName, String passwordHash) {
    this.username = username;
    this.email = normalised(email);
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.createdAt = Instant.now();
  }

  /** Whether a login attempt may be checked now (not throttled, not deactivated). */
  public boolean canAttemptLogin(Instant now) {
    return active && (lockedUntil == null || !now.isBefore(lockedUntil));
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Records a wrong password; returns true when this failure locks the account. */
  public boolean recordFailedLogin(Instant now) {
    failedAttempts++;
    if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
      lockedUntil = now.plus(LOCK_DURATION);
      failedAttempts = 0;
      return true;
    }
    return false;
  }

  public void recordSuccessfulLogin(Instant now) {
    failedAttempts = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  /** Lifts the throttle after wrong passwords (the holder proved they own the address). */
  public void unlock() {
    failedAttempts = 0;
    lockedUntil = null;
  }

  public void changePassword(String newHash) {
    this.passwordHash = newHash;
    sessionStamp++;
  }

  public void deactivate() {
    this.active = false;
    sessionStamp++;
  }

  /**
   * Replaces the person's identity by a pseudonym for good (droit à l'effacement): the row stays so
   * that what they signed or contributed keeps its reference, but nothing in it names them, and it
   * can never log in again.
   */
  public void erase(String pseudonym, String unusablePasswordHash, Instant at) {
    if (erasedAt != null) {
      throw new IllegalStateException("already erased");
    }
    this.username = "erased-" + id;
    this.email = "erased-" + id + "@erased.invalid";
    this.displayName = pseudonym;
    this.passwordHash = unusablePasswordHash;
    this.active = false;
    this.emailNotifications = false;
    this.failedAttempts = 0;
    this.lockedUntil = null;
    this.lastLoginAt = null;
    this.roles.clear();
    this.erasedAt = at;
    sessionStamp++;
  }

  public boolean isErased() {
    return erasedAt != null;
  }

  public Instant getErasedAt() {
    return erasedAt;
  }

  public void reactivate() {
    if (erasedAt != null) {
      throw new IllegalStateException("erased");
    }
    this.active = true;
    this.failedAttempts = 0;
    this.lockedUntil = null;
  }

  public void assignRoles(Set<Role> newRoles) {
    if (!roles.equals(newRoles)) {
      sessionStamp++;
    }
    roles.clear();
    roles.addAll(newRoles);
  }

  public int getSessionStamp() {
    return sessionStamp;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = normalised(email);
  }

  /**
   * Addresses are kept in lower case: one address is one account whatever its case, and logging in
   * or signing up by address finds it through the unique index.
   */
  static String normalised(String email) {
    return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public String getLocale() {
    return locale;
  }

  public boolean isEmailNotifications() {
    return emailNotifications;
  }

  public void setEmailNotifications(boolean emailNotifications) {
    this.emailNotifications = emailNotifications;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public long getVersion() {
    return version;
  }
}
