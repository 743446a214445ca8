package fr.capacite.application.identity;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.NotificationMail;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.OpenIdIdentity;
import fr.capacite.domain.identity.OpenIdLink;
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
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which account an identity of an OpenID Connect provider (ProConnect) opens. The provider proves
 * who signs in; the account, never the provider, says what they may do (its roles).
 *
 * <ul>
 *   <li>An identity already linked opens its account, if the account is active.
 *   <li>Otherwise its address must be one the provider verified ({@link
 *       OpenIdIdentity#trustedEmail}): the account of that address is linked to it (and told so by
 *       mail), or, for an address without account, a mediator's account is made, as a sign-up would
 *       (the provider verified the address, as the sign-up link does).
 *   <li>Anything else is refused, and audited.
 * </ul>
 */
@Stateless
public class OpenIdAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;
  @EJB private AuditService audit;
  @Inject private Event<SelfService.Outgoing> outgoing;
  @Resource private SessionContext ctx;

  /** An identity linked to the caller's account, as their account page lists it. */
  public record Link(long id, String issuer, Instant linkedAt, Instant lastUsedAt) {}

  /**
   * Signs in the person a provider vouched for (its tokens already checked by the container's
   * OpenID Connect mechanism): their account's outcome, as a password login gives it.
   *
   * @param providerVerifiesEveryAddress the installation's setting: the provider verifies every
   *     address it gives, even without the claim {@code email_verified} (ProConnect)
   */
  @PermitAll
  public LoginOutcome signIn(
      OpenIdIdentity identity, boolean providerVerifiesEveryAddress, String pageLocale) {
    Instant now = Instant.now();
    Optional<OpenIdLink> linked =
        em.createNamedQuery("OpenIdLink.of", OpenIdLink.class)
            .setParameter("issuer", identity.issuer())
            .setParameter("subject", identity.subject())
            .getResultStream()
            .findFirst();
    User user;
    if (linked.isPresent()) {
      linked.get().used(now);
      user = linked.get().getUser();
    } else {
      String email = identity.trustedEmail(providerVerifiesEveryAddress);
      if (email == null) {
        audit.record(
            AuditKind.LOGIN_FAILED,
            "openid",
            "openid:" + identity.issuer(),
            "no verified address for subject " + identity.subject());
        return LoginOutcome.refused(LoginOutcome.Status.UNVERIFIED, "", null);
      }
      Optional<User> owner =
          em.createNamedQuery("User.findByEmail", User.class)
              .setParameter("email", email)
              .setLockMode(LockModeType.PESSIMISTIC_WRITE)
              .getResultStream()
              .findFirst();
      user = owner.orElseGet(() -> newMediator(identity, email, pageLocale));
      em.persist(new OpenIdLink(identity.issuer(), identity.subject(), user, now));
      em.flush();
      audit.record(
          AuditKind.OPENID_LINKED,
          user.getUsername(),
          "user:" + user.getUsername(),
          identity.issuer() + " " + identity.subject());
      if (owner.isPresent() && user.isActive()) {
        // Someone now opens this account without its password: its owner must know.
        mail(user, "mail.openid.linked", identity.issuer());
      }
    }
    if (!user.isActive()) {
      audit.record(
          AuditKind.LOGIN_FAILED,
          user.getUsername(),
          "user:" + user.getUsername(),
          "account deactivated (openid)");
      return LoginOutcome.refused(LoginOutcome.Status.INACTIVE, user.getUsername(), null);
    }
    user.recordSuccessfulLogin(now);
    audit.record(
        AuditKind.LOGIN, user.getUsername(), "user:" + user.getUsername(), identity.issuer());
    return LoginOutcome.success(
        user.getUsername(), user.getRoles(), user.getLocale(), user.getSessionStamp());
  }

  private User newMediator(OpenIdIdentity identity, String email, String pageLocale) {
    // No password: the provider opens the account; "mot de passe oublié" gives it one if wanted.
    char[] unusable = new char[32];
    for (int i = 0; i < unusable.length; i++) {
      unusable[i] = (char) ('a' + RANDOM.nextInt(26));
    }
    String name = identity.displayName();
    User u = new User(Usernames.free(em, email), email, name, hasher.hash(unusable));
    u.assignRoles(Set.of(Role.MEDIATOR));
    u.setLocale("en".equals(pageLocale) ? "en" : "fr");
    em.persist(u);
    em.flush();
    audit.recordWithChange(
        AuditKind.USER_CREATED,
        u.getUsername(),
        "user:" + u.getUsername(),
        "first sign-in with " + identity.issuer());
    return u;
  }

  private void mail(User user, String key, String issuer) {
    outgoing.fire(
        new SelfService.Outgoing(
            user.getEmail(),
            NotificationMail.of(
                Locale.forLanguageTag(user.getLocale() == null ? "fr" : user.getLocale()),
                key,
                List.of(user.getUsername(), issuer),
                "/account.xhtml",
                System.getProperty("capacite.url", "http://localhost:8080/"),
                key + ".subject",
                "mail.account.footer")));
  }

  /** The identities that open the caller's account, oldest first. */
  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.ORG_MANAGER,
    Role.Names.TRAINER,
    Role.Names.JUROR,
    Role.Names.MEDIATOR,
    Role.Names.CURATOR
  })
  public List<Link> myLinks() {
    return em.createNamedQuery("OpenIdLink.ofUser", OpenIdLink.class)
        .setParameter("username", ctx.getCallerPrincipal().getName())
        .getResultStream()
        .map(l -> new Link(l.getId(), l.getIssuer(), l.getLinkedAt(), l.getLastUsedAt()))
        .toList();
  }

  /**
   * The caller takes back a link: that identity no longer opens their account (signing in with it
   * again links it anew only through a verified address, and tells them by mail). Another person's
   * link does not exist for them.
   */
  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.ORG_MANAGER,
    Role.Names.TRAINER,
    Role.Names.JUROR,
    Role.Names.MEDIATOR,
    Role.Names.CURATOR
  })
  public void unlink(long linkId) {
    String me = ctx.getCallerPrincipal().getName();
    OpenIdLink link = em.find(OpenIdLink.class, linkId);
    if (link == null || !link.getUser().getUsername().equals(me)) {
      throw new ObjectNotFoundException("openid link", linkId);
    }
    em.remove(link);
    audit.record(AuditKind.OPENID_UNLINKED, me, "user:" + me, link.getIssuer());
  }
}
