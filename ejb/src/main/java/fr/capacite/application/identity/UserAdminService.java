package fr.capacite.application.identity;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Account administration: create, assign roles, deactivate, reset a password. Admins only. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserAdminService {

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;
  @EJB private AuditService audit;
  @Inject private jakarta.enterprise.event.Event<AccountDeactivated> deactivated;
  @Resource private SessionContext ctx;

  public PageSlice<User> search(String query, int first, int size) {
    String q =
        query == null || query.isBlank() ? "" : "%" + query.trim().toLowerCase(Locale.ROOT) + "%";
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    var items =
        em.createNamedQuery("User.search", User.class)
            .setParameter("q", q)
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList();
    long total =
        em.createNamedQuery("User.countSearch", Long.class).setParameter("q", q).getSingleResult();
    return new PageSlice<>(items, total, f, s);
  }

  public Optional<User> findUser(long id) {
    return Optional.ofNullable(em.find(User.class, id));
  }

  public User getUser(long id) {
    return findUser(id).orElseThrow(() -> new ObjectNotFoundException("user", id));
  }

  /** An account that may still be changed: an erased person's account never is. */
  private User getLiveUser(long id) {
    User user = getUser(id);
    if (user.isErased()) {
      throw new fr.capacite.application.shared.StateConflictException(
          "identity.user.alreadyErased");
    }
    return user;
  }

  public User create(@NotNull @Valid UserForm form, @NotNull char[] password) {
    PasswordPolicy.check(
        password, java.util.List.of(form.username(), form.email(), form.displayName()));
    String username = form.username().trim().toLowerCase(Locale.ROOT);
    String email = form.email().trim().toLowerCase(Locale.ROOT);
    if (!em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .getResultList()
        .isEmpty()) {
      throw new InvalidInputException("identity.user.usernameTaken", username);
    }
    if (!em.createNamedQuery("User.findByEmail", User.class)
        .setParameter("email", email)
        .getResultList()
        .isEmpty()) {
      throw new InvalidInputException("identity.user.emailTaken", email);
    }
    User user = new User(username, email, form.displayName().trim(), hasher.hash(password));
    user.assignRoles(rolesOrEmpty(form.roles()));
    em.persist(user);
    audit.recordWithChange(
        AuditKind.USER_CREATED, actor(), "user:" + username, "roles=" + user.getRoles());
    return user;
  }

  /** Updates name, e-mail and roles; {@code expectedVersion} guards against concurrent edits. */
  public User update(
      long id, long expectedVersion, String displayName, String email, Set<Role> roles) {
    User user = getLiveUser(id);
    if (user.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    String normalisedEmail = email.trim().toLowerCase(Locale.ROOT);
    boolean emailTaken =
        em.createNamedQuery("User.findByEmail", User.class)
            .setParameter("email", normalisedEmail)
            .getResultStream()
            .anyMatch(other -> !other.getId().equals(user.getId()));
    if (emailTaken) {
      throw new InvalidInputException("identity.user.emailTaken", normalisedEmail);
    }
    Set<Role> newRoles = rolesOrEmpty(roles);
    if (user.getUsername().equals(actor())
        && user.hasRole(Role.ADMIN)
        && !newRoles.contains(Role.ADMIN)) {
      throw new InvalidInputException("identity.user.cannotDropOwnAdmin");
    }
    Set<Role> before = user.getRoles();
    user.setDisplayName(displayName.trim());
    user.setEmail(normalisedEmail);
    user.assignRoles(newRoles);
    audit.recordWithChange(AuditKind.USER_UPDATED, actor(), "user:" + user.getUsername(), "");
    if (!before.equals(user.getRoles())) {
      audit.recordWithChange(
          AuditKind.ROLES_CHANGED,
          actor(),
          "user:" + user.getUsername(),
          before + " -> " + user.getRoles());
    }
    em.flush();
    return user;
  }

  public User deactivate(long id) {
    User user = getLiveUser(id);
    if (user.getUsername().equals(actor())) {
      throw new InvalidInputException("identity.user.cannotDeactivateSelf");
    }
    user.deactivate();
    audit.recordWithChange(AuditKind.USER_DEACTIVATED, actor(), "user:" + user.getUsername(), "");
    deactivated.fire(new AccountDeactivated(user.getId(), user.getUsername()));
    return user;
  }

  public User reactivate(long id) {
    User user = getLiveUser(id);
    user.reactivate();
    audit.recordWithChange(AuditKind.USER_REACTIVATED, actor(), "user:" + user.getUsername(), "");
    return user;
  }

  public void resetPassword(long id, char[] password) {
    User user = getLiveUser(id);
    PasswordPolicy.check(
        password, java.util.List.of(user.getUsername(), user.getEmail(), user.getDisplayName()));
    user.changePassword(hasher.hash(password));
    audit.recordWithChange(AuditKind.PASSWORD_CHANGED, actor(), "user:" + user.getUsername(), "");
  }

  private static Set<Role> rolesOrEmpty(Set<Role> roles) {
    return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  private String actor() {
    return ctx.getCallerPrincipal().getName();
  }
}
