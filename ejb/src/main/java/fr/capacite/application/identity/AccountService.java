package fr.capacite.application.identity;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What every person does with their own account (mon compte): change their password. */
@Stateless
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.ORG_MANAGER,
  Role.Names.TRAINER,
  Role.Names.JUROR,
  Role.Names.MEDIATOR,
  Role.Names.CURATOR
})
public class AccountService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @Inject private PasswordHasher hasher;
  @EJB private AuditService audit;

  /**
   * Changes the caller's password once the current one is given, under the same rule as any new
   * password. Every other open session of the account ends on its next request; the new session
   * stamp returned lets the session that made the change carry on.
   */
  public int changeOwnPassword(char[] current, char[] next) {
    String me = ctx.getCallerPrincipal().getName();
    User user =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", me)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("account.password.wrongCurrent"));
    if (current == null || !hasher.verify(current, user.getPasswordHash())) {
      audit.record(AuditKind.LOGIN_FAILED, me, "user:" + me, "wrong current password");
      throw new InvalidInputException("account.password.wrongCurrent");
    }
    PasswordPolicy.check(next, List.of(user.getUsername(), user.getEmail(), user.getDisplayName()));
    if (hasher.verify(next, user.getPasswordHash())) {
      throw new InvalidInputException("account.password.unchanged");
    }
    user.changePassword(hasher.hash(next));
    audit.recordWithChange(AuditKind.PASSWORD_CHANGED, me, "user:" + me, "by the account holder");
    em.flush();
    return user.getSessionStamp();
  }

  /**
   * The language stored on the caller's account ({@code fr} or {@code en}): REST answers speak it,
   * whatever the client's {@code Accept-Language} says.
   */
  @jakarta.annotation.security.PermitAll
  public java.util.Optional<String> findOwnLanguage() {
    java.security.Principal caller = ctx.getCallerPrincipal();
    if (caller == null || "ANONYMOUS".equals(caller.getName())) {
      return java.util.Optional.empty();
    }
    return em.createQuery("SELECT u.locale FROM User u WHERE u.username = :username", String.class)
        .setParameter("username", caller.getName())
        .getResultStream()
        .findFirst();
  }
}
