package fr.capacite.application.identity;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.NotificationMail;
import fr.capacite.domain.identity.AccountToken;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accounts people manage themselves: signing up (the account exists once its e-mail address is
 * verified by a link), resetting a forgotten password by a single-use link valid an hour, and
 * changing one's address (confirmed on the new address). Every request answers the same whether an
 * account exists or not (the mail says what applies), and an address receives at most {@link
 * #MAILS_PER_HOUR} links an hour. Accounts made here are mediators' (other roles come from an
 * administrator). Mails leave after the transaction commits.
 */
@Stateless
@PermitAll
public class SelfService {

  /** Links an address may receive in an hour, whatever asked for them. */
  static final int MAILS_PER_HOUR = 3;

  /** A plausible address: something, one @, a domain with a dot; the mail's arrival proves it. */
  static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A mail to send once the transaction has committed. */
  public record Outgoing(String to, NotificationMail mail) {}

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @Inject private PasswordHasher hasher;
  @EJB private AuditService audit;
  @Inject private Event<Outgoing> outgoing;

  /** What a person gives to sign up. */
  public record SignUp(String email, String displayName, char[] password, String locale) {}

  /**
   * Sends the link that verifies the address and makes the account. An address that already has an
   * account gets a mail saying so (with the way to reset the password) and no account is made; the
   * caller cannot tell the two apart.
   */
  public void requestSignUp(SignUp form) {
    String email = address(form.email());
    String name = form.displayName() == null ? "" : form.displayName().strip();
    if (name.isEmpty() || name.length() > User.DISPLAY_NAME_MAX) {
      throw new InvalidInputException("signup.nameInvalid");
    }
    PasswordPolicy.check(form.password(), List.of(email, name));
    Locale locale = locale(form.locale());
    if (!allowed(email)) {
      return;
    }
    Optional<User> existing = byEmail(email);
    // Hashed either way: the time of the answer must not tell an address with an account.
    String hash = hasher.hash(form.password());
    if (existing.isPresent()) {
      counted(email, tag(locale));
      send(
          email,
          locale,
          "mail.signup.exists",
          List.of(existing.get().getUsername()),
          "/password-forgotten.xhtml");
      audit.record(AuditKind.USER_CREATED, email, "user:" + email, "sign-up for a known address");
      return;
    }
    String secret = secret();
    em.persist(AccountToken.signUp(digest(secret), email, name, hash, tag(locale), now()));
    send(
        email,
        locale,
        "mail.signup.verify",
        List.of(name),
        "/signup-confirm.xhtml?token=" + secret);
    audit.record(AuditKind.USER_CREATED, email, "user:" + email, "sign-up requested");
  }

  /**
   * Makes the account a verified sign-up link describes, and returns its user name (the person logs
   * in with it or with their address). A link used, expired or unknown is refused alike.
   */
  public String confirmSignUp(String secret) {
    AccountToken t = usable(secret, AccountToken.Purpose.SIGN_UP);
    if (t.getPasswordHash() == null || byEmail(t.getEmail()).isPresent()) {
      // A link of a sign-up for a known address, or the address was taken meanwhile.
      t.use(now());
      throw new InvalidInputException("signup.linkInvalid");
    }
    User u =
        new User(username(t.getEmail()), t.getEmail(), t.getDisplayName(), t.getPasswordHash());
    u.assignRoles(Set.of(Role.MEDIATOR));
    u.setLocale(t.getLocale());
    em.persist(u);
    t.use(now());
    em.flush();
    audit.recordWithChange(
        AuditKind.USER_CREATED, u.getUsername(), "user:" + u.getUsername(), "sign-up verified");
    return u.getUsername();
  }

  /**
   * Sends a link to choose a new password to the address of an active account; nothing for an
   * unknown address, and the caller cannot tell.
   */
  public void requestPasswordReset(String address, String pageLocale) {
    String email;
    try {
      email = address(address);
    } catch (InvalidInputException e) {
      return;
    }
    if (!allowed(email)) {
      return;
    }
    Optional<User> user = byEmail(email).filter(User::isActive);
    if (user.isEmpty()) {
      // Counted all the same: a flood of requests for one address is throttled either way.
      counted(email, tag(locale(pageLocale)));
      audit.record(AuditKind.PASSWORD_CHANGED, email, "user:" + email, "reset asked, no account");
      return;
    }
    User u = user.get();
    String secret = secret();
    em.persist(AccountToken.passwordReset(digest(secret), u, now()));
    send(
        email,
        Locale.forLanguageTag(u.getLocale()),
        "mail.reset",
        List.of(u.getUsername()),
        "/password-reset.xhtml?token=" + secret);
    audit.record(
        AuditKind.PASSWORD_CHANGED, u.getUsername(), "user:" + u.getUsername(), "reset link sent");
  }

  /** Whether a reset link can still be used (the page shows the form or says it cannot). */
  public boolean resetUsable(String secret) {
    return find(secret)
        .filter(t -> t.usableFor(AccountToken.Purpose.PASSWORD_RESET, now()))
        .isPresent();
  }

  /**
   * Sets the new password a reset link allows: the link and every other open reset link of the
   * account are spent, every session of the account ends, a lock after wrong passwords is lifted.
   */
  public void resetPassword(String secret, char[] password) {
    AccountToken t = usable(secret, AccountToken.Purpose.PASSWORD_RESET);
    User u = em.find(User.class, t.getUser().getId(), LockModeType.PESSIMISTIC_WRITE);
    if (!u.isActive()) {
      throw new InvalidInputException("signup.linkInvalid");
    }
    PasswordPolicy.check(password, List.of(u.getUsername(), u.getEmail(), u.getDisplayName()));
    u.changePassword(hasher.hash(password));
    u.unlock();
    Instant now = now();
    em.createNamedQuery("AccountToken.openOf", AccountToken.class)
        .setParameter("user", u)
        .setParameter("purpose", AccountToken.Purpose.PASSWORD_RESET)
        .getResultList()
        .forEach(open -> open.use(now));
    audit.recordWithChange(
        AuditKind.PASSWORD_CHANGED, u.getUsername(), "user:" + u.getUsername(), "reset by link");
  }

  /**
   * Sends the link that confirms a new address to that address (and tells the current one); the
   * address changes when the link is followed. An address of another account is refused by the same
   * words as a free one: the mail to it says it cannot be used.
   */
  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.ORG_MANAGER,
    Role.Names.TRAINER,
    Role.Names.JUROR,
    Role.Names.MEDIATOR,
    Role.Names.CURATOR
  })
  public void requestEmailChange(String newAddress) {
    String email = address(newAddress);
    User me =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", ctx.getCallerPrincipal().getName())
            .getSingleResult();
    if (email.equalsIgnoreCase(me.getEmail())) {
      throw new InvalidInputException("account.email.same");
    }
    if (!allowed(email)) {
      return;
    }
    Locale locale = Locale.forLanguageTag(me.getLocale());
    if (byEmail(email).isPresent()) {
      counted(email, me.getLocale());
      send(email, locale, "mail.email.taken", List.of(), null);
      return;
    }
    String secret = secret();
    em.persist(AccountToken.emailChange(digest(secret), me, email, now()));
    send(
        email,
        locale,
        "mail.email.confirm",
        List.of(me.getUsername()),
        "/email-confirm.xhtml?token=" + secret);
    send(me.getEmail(), locale, "mail.email.notice", List.of(email), null);
    audit.record(
        AuditKind.USER_UPDATED,
        me.getUsername(),
        "user:" + me.getUsername(),
        "address change asked");
  }

  /** Changes the address a confirmation link was sent to; returns it. */
  public String confirmEmailChange(String secret) {
    AccountToken t = usable(secret, AccountToken.Purpose.EMAIL_CHANGE);
    User u = em.find(User.class, t.getUser().getId(), LockModeType.PESSIMISTIC_WRITE);
    t.use(now());
    if (!u.isActive() || byEmail(t.getEmail()).isPresent()) {
      throw new InvalidInputException("signup.linkInvalid");
    }
    String before = u.getEmail();
    u.setEmail(t.getEmail());
    audit.recordWithChange(
        AuditKind.USER_UPDATED,
        u.getUsername(),
        "user:" + u.getUsername(),
        "address " + before + " → " + t.getEmail());
    return t.getEmail();
  }

  private void send(String to, Locale locale, String key, List<String> args, String link) {
    outgoing.fire(
        new Outgoing(
            to,
            NotificationMail.of(
                locale,
                key,
                args,
                link,
                System.getProperty("capacite.url", "http://localhost:8080/"),
                key + ".subject",
                "mail.account.footer")));
  }

  /**
   * Records a request that sends no usable link (an address already taken, a reset for no account),
   * so that it counts toward the address's hourly limit like any other: a row of its own purpose,
   * whose secret is thrown away, which can never be followed.
   */
  private void counted(String email, String locale) {
    em.persist(AccountToken.counted(digest(secret()), email, locale, now()));
  }

  /** Whether the address may receive one more link this hour (every request counts). */
  private boolean allowed(String email) {
    long recent =
        em.createNamedQuery("AccountToken.countRecent", Long.class)
            .setParameter("email", email)
            .setParameter("since", now().minus(Duration.ofHours(1)))
            .getSingleResult();
    return recent < MAILS_PER_HOUR;
  }

  private AccountToken usable(String secret, AccountToken.Purpose purpose) {
    AccountToken t =
        find(secret)
            .filter(x -> x.usableFor(purpose, now()))
            .orElseThrow(() -> new InvalidInputException("signup.linkInvalid"));
    em.lock(t, LockModeType.PESSIMISTIC_WRITE);
    if (!t.usableFor(purpose, now())) {
      // Used by a second click meanwhile.
      throw new InvalidInputException("signup.linkInvalid");
    }
    return t;
  }

  private Optional<AccountToken> find(String secret) {
    if (secret == null || !secret.matches("[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    return em.createNamedQuery("AccountToken.byDigest", AccountToken.class)
        .setParameter("digest", digest(secret))
        .getResultStream()
        .findFirst();
  }

  private Optional<User> byEmail(String email) {
    return em.createNamedQuery("User.findByEmail", User.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  /** An address as stored: trimmed, lower case; refused when it cannot be one. */
  public static String address(String raw) {
    String e = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    if (e.length() > User.EMAIL_MAX || !EMAIL.matcher(e).matches()) {
      throw new InvalidInputException("signup.emailInvalid");
    }
    return e;
  }

  /**
   * A user name from the address's local part ("marie.dupont" for marie.dupont@…), made unique by a
   * number when taken; people may also log in with their address.
   */
  private String username(String email) {
    return Usernames.free(em, email);
  }

  /** A secret of 256 random bits, URL-safe (43 characters). */
  public static String secret() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  public static String digest(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Locale locale(String tag) {
    return "en".equals(tag) ? Locale.ENGLISH : Locale.FRENCH;
  }

  private static String tag(Locale locale) {
    return locale.getLanguage();
  }

  private static Instant now() {
    return Instant.now();
  }
}
