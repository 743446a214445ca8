package fr.capacite.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A single-use, expiring link sent by e-mail: to verify the address of a sign-up, to reset a
 * forgotten password, or to confirm a new address. Only the SHA-256 digest of the secret is stored,
 * so that the table alone opens no account. A sign-up carries what the account will be made of (the
 * account exists only once its address is verified, so nobody can hold an address that is not
 * theirs).
 */
@Entity
@Table(name = "account_token")
@NamedQuery(
    name = "AccountToken.byDigest",
    query = "SELECT t FROM AccountToken t WHERE t.digest = :digest")
@NamedQuery(
    name = "AccountToken.countRecent",
    query = "SELECT COUNT(t) FROM AccountToken t WHERE t.email = :email AND t.createdAt > :since")
@NamedQuery(
    name = "AccountToken.openOf",
    query =
        "SELECT t FROM AccountToken t WHERE t.user = :user AND t.purpose = :purpose AND t.usedAt IS"
            + " NULL")
public class AccountToken {

  /** What the link does. */
  public enum Purpose {
    SIGN_UP(Duration.ofHours(24)),
    PASSWORD_RESET(Duration.ofHours(1)),
    EMAIL_CHANGE(Duration.ofHours(24)),
    /**
     * A request that sent no usable link (an address already taken, a reset for no account): kept
     * only so that it counts toward the address's hourly limit like the others. It opens nothing.
     */
    COUNTED(Duration.ZERO);

    private final Duration lifetime;

    Purpose(Duration lifetime) {
      this.lifetime = lifetime;
    }

    public Duration lifetime() {
      return lifetime;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Purpose purpose;

  /** Hex SHA-256 of the secret sent in the link. */
  @Column(nullable = false, unique = true, length = 64)
  private String digest;

  /** The account concerned (reset, new address); none for a sign-up. */
  @ManyToOne
  @JoinColumn(name = "user_id")
  private User user;

  /** The address the link was sent to (a sign-up's or a new address). */
  @Column(nullable = false, length = User.EMAIL_MAX)
  private String email;

  @Column(name = "display_name", length = User.DISPLAY_NAME_MAX)
  private String displayName;

  @Column(name = "password_hash", length = 512)
  private String passwordHash;

  @Column(nullable = false, length = 8)
  private String locale;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected AccountToken() {}

  private AccountToken(
      Purpose purpose, String digest, User user, String email, String locale, Instant now) {
    this.purpose = purpose;
    this.digest = digest;
    this.user = user;
    this.email = email;
    this.locale = locale;
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.lifetime());
  }

  public static AccountToken signUp(
      String digest,
      String email,
      String displayName,
      String passwordHash,
      String locale,
      Instant now) {
    AccountToken t = new AccountToken(Purpose.SIGN_UP, digest, null, email, locale, now);
    t.displayName = displayName;
    t.passwordHash = passwordHash;
    return t;
  }

  /** A request that sent no link, counted toward the address's limit; never usable. */
  public static AccountToken counted(String digest, String email, String locale, Instant now) {
    return new AccountToken(Purpose.COUNTED, digest, null, email, locale, now);
  }

  public static AccountToken passwordReset(String digest, User user, Instant now) {
    return new AccountToken(
        Purpose.PASSWORD_RESET, digest, user, user.getEmail(), user.getLocale(), now);
  }

  public static AccountToken emailChange(String digest, User user, String newEmail, Instant now) {
    return new AccountToken(Purpose.EMAIL_CHANGE, digest, user, newEmail, user.getLocale(), now);
  }

  /** Whether the link still works: for its purpose, not used, not expired. */
  public boolean usableFor(Purpose expected, Instant now) {
    return purpose == expected
        && purpose != Purpose.COUNTED
        && usedAt == null
        && now.isBefore(expiresAt);
  }

  /** Spends the link: it never works again. */
  public void use(Instant now) {
    if (usedAt != null) {
      throw new IllegalStateException("already used");
    }
    usedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public User getUser() {
    return user;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getLocale() {
    return locale;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
