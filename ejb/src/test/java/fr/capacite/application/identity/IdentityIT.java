package fr.capacite.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.shared.AuditEvent;
import fr.capacite.domain.shared.AuditKind;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts, PBKDF2 login, throttling, administration and audit, on a real database. */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

  private static final String PASSWORD = "correct horse battery";

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private AuthenticationService authentication;
  @EJB private UserAdminService users;
  @EJB private AuditService audit;
  @EJB private DemoAccountLoader demo;
  @EJB private RunAsAdmin asAdmin;
  @EJB private RunAsMediator asMediator;
  @EJB private AccountService account;

  private static String unique(String prefix) {
    return (prefix + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
  }

  private User create(String username, Role... roles) throws Exception {
    return asAdmin.call(
        () ->
            users.create(
                new UserForm(
                    username, username + "@example.org", "Test " + username, Set.of(roles)),
                PASSWORD.toCharArray()));
  }

  @Test
  void passwordsAreStoredAsPbkdf2AndCheckedAtLogin() throws Exception {
    String name = unique("alice");
    User u = create(name, Role.MEDIATOR, Role.CURATOR);
    assertTrue(u.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:"), u.getPasswordHash());
    assertFalse(u.getPasswordHash().contains(PASSWORD));

    LoginOutcome ok = authentication.authenticate(name, PASSWORD.toCharArray());
    assertEquals(LoginOutcome.Status.SUCCESS, ok.status());
    assertEquals(Set.of(Role.MEDIATOR, Role.CURATOR), ok.roles());
    assertEquals(
        LoginOutcome.Status.INVALID,
        authentication.authenticate(name, "wrong password!!".toCharArray()).status());
    assertEquals(
        LoginOutcome.Status.INVALID,
        authentication.authenticate(unique("nobody"), PASSWORD.toCharArray()).status());
  }

  @Test
  void fiveWrongPasswordsThrottleTheAccount() throws Exception {
    String name = unique("bob");
    create(name, Role.MEDIATOR);
    for (int i = 1; i < User.MAX_FAILED_ATTEMPTS; i++) {
      assertEquals(
          LoginOutcome.Status.INVALID,
          authentication.authenticate(name, "wrong password!!".toCharArray()).status());
    }
    LoginOutcome fifth = authentication.authenticate(name, "wrong password!!".toCharArray());
    assertEquals(LoginOutcome.Status.LOCKED, fifth.status());
    // Even the right password is refused while throttled.
    assertEquals(
        LoginOutcome.Status.LOCKED,
        authentication.authenticate(name, PASSWORD.toCharArray()).status());
    assertTrue(audited(AuditKind.ACCOUNT_LOCKED, name));
    assertTrue(audited(AuditKind.LOGIN_FAILED, name));
  }

  @Test
  void deactivatedAccountsCannotLogInAndCanBeReactivated() throws Exception {
    String name = unique("carol");
    User u = create(name, Role.TRAINER);
    asAdmin.call(() -> users.deactivate(u.getId()));
    assertEquals(
        LoginOutcome.Status.INACTIVE,
        authentication.authenticate(name, PASSWORD.toCharArray()).status());
    asAdmin.call(() -> users.reactivate(u.getId()));
    assertEquals(
        LoginOutcome.Status.SUCCESS,
        authentication.authenticate(name, PASSWORD.toCharArray()).status());
    assertTrue(audited(AuditKind.USER_DEACTIVATED, "it-admin"));
  }

  @Test
  void shortPasswordsAndDuplicatesAreRefused() throws Exception {
    String name = unique("dave");
    var shortPassword =
        assertThrows(
            InvalidInputException.class,
            () ->
                asAdmin.call(
                    () ->
                        users.create(
                            new UserForm(name, name + "@example.org", "Dave", Set.of()),
                            "too short".toCharArray())));
    assertEquals("identity.password.tooShort", shortPassword.getMessageKey());
    create(name, Role.JUROR);
    var duplicate = assertThrows(InvalidInputException.class, () -> create(name, Role.JUROR));
    assertEquals("identity.user.usernameTaken", duplicate.getMessageKey());
  }

  @Test
  void roleChangesAreAuditedAndStaleEditsRefused() throws Exception {
    String name = unique("erin");
    User u = create(name, Role.MEDIATOR);
    User updated =
        asAdmin.call(
            () ->
                users.update(
                    u.getId(),
                    u.getVersion(),
                    "Erin",
                    name + "@example.org",
                    Set.of(Role.MEDIATOR, Role.ORG_MANAGER)));
    assertEquals(Set.of(Role.MEDIATOR, Role.ORG_MANAGER), updated.getRoles());
    assertNotEquals(u.getVersion(), updated.getVersion());
    assertTrue(
        asAdmin
            .call(
                () ->
                    audit.search(
                        new AuditService.Filter(AuditKind.ROLES_CHANGED, "it-admin", null, null),
                        0,
                        200))
            .items()
            .stream()
            .anyMatch(e -> e.getSubject().equals("user:" + name)));
    // The first edit's version is now stale: a second edit from the same form is refused.
    assertThrows(
        ConcurrentEditException.class,
        () ->
            asAdmin.call(
                () ->
                    users.update(
                        u.getId(),
                        u.getVersion(),
                        "Erin again",
                        name + "@example.org",
                        Set.of(Role.MEDIATOR))));
  }

  @Test
  void searchIsPaginated() throws Exception {
    String prefix = unique("page");
    for (int i = 0; i < 3; i++) {
      create(prefix + i, Role.MEDIATOR);
    }
    var first = asAdmin.call(() -> users.search(prefix, 0, 2));
    assertEquals(3, first.total());
    assertEquals(2, first.items().size());
    var second = asAdmin.call(() -> users.search(prefix, 2, 2));
    assertEquals(1, second.items().size());
  }

  @Test
  void onlyAdministratorsAdministerAccounts() {
    assertThrows(EJBAccessException.class, () -> asMediator.run(() -> users.search("", 0, 10)));
    assertThrows(
        EJBAccessException.class,
        () ->
            asMediator.run(
                () -> audit.search(new AuditService.Filter(null, "", null, null), 0, 10)));
  }

  @Test
  void theSessionStampMovesWithRolesPasswordAndDeactivationAndIsReadFromTheDatabase()
      throws Exception {
    String name = unique("hugo");
    User u = create(name, Role.MEDIATOR);
    int first = authentication.findSessionStamp(name).orElseThrow();
    LoginOutcome login = authentication.authenticate(name, PASSWORD.toCharArray());
    assertEquals(first, login.sessionStamp());
    asAdmin.call(
        () ->
            users.update(
                u.getId(),
                users.getUser(u.getId()).getVersion(),
                "Hugo",
                name + "@example.org",
                Set.of(Role.CURATOR)));
    int afterRoles = authentication.findSessionStamp(name).orElseThrow();
    assertNotEquals(first, afterRoles);
    asAdmin.run(() -> users.resetPassword(u.getId(), "Nuage cerise tambour 2027".toCharArray()));
    assertNotEquals(afterRoles, authentication.findSessionStamp(name).orElseThrow());
    asAdmin.call(() -> users.deactivate(u.getId()));
    assertTrue(authentication.findSessionStamp(name).isEmpty(), "a deactivated account has none");
    assertTrue(authentication.findSessionStamp(unique("nobody")).isEmpty());
  }

  @Test
  void aPersonChangesTheirOwnPasswordOnlyWithTheCurrentOneAndUnderThePolicy() throws Exception {
    // The run-as mediator of the tests is "it-mediator": give it an account with a known password.
    User me =
        asAdmin.call(
            () ->
                users.search("it-mediator", 0, 5).items().stream()
                    .filter(x -> x.getUsername().equals("it-mediator"))
                    .findFirst()
                    .orElseGet(
                        () ->
                            users.create(
                                new UserForm(
                                    "it-mediator",
                                    "it-mediator@example.org",
                                    "Médiatrice des tests",
                                    Set.of(Role.MEDIATOR)),
                                PASSWORD.toCharArray())));
    asAdmin.run(() -> users.reactivate(me.getId()));
    asAdmin.run(() -> users.resetPassword(me.getId(), PASSWORD.toCharArray()));
    int before = authentication.findSessionStamp("it-mediator").orElseThrow();

    var wrong =
        assertThrows(
            InvalidInputException.class,
            () ->
                asMediator.run(
                    () ->
                        account.changeOwnPassword(
                            "not the password".toCharArray(),
                            "Girafe lanterne piment 2028".toCharArray())));
    assertEquals("account.password.wrongCurrent", wrong.getMessageKey());
    var weak =
        assertThrows(
            InvalidInputException.class,
            () ->
                asMediator.run(
                    () ->
                        account.changeOwnPassword(
                            PASSWORD.toCharArray(), "password1234".toCharArray())));
    assertEquals("identity.password.guessable", weak.getMessageKey());
    var same =
        assertThrows(
            InvalidInputException.class,
            () ->
                asMediator.run(
                    () ->
                        account.changeOwnPassword(PASSWORD.toCharArray(), PASSWORD.toCharArray())));
    assertEquals("account.password.unchanged", same.getMessageKey());
    assertEquals(before, authentication.findSessionStamp("it-mediator").orElseThrow());

    int[] stamp = new int[1];
    asMediator.run(
        () ->
            stamp[0] =
                account.changeOwnPassword(
                    PASSWORD.toCharArray(), "Girafe lanterne piment 2028".toCharArray()));
    assertEquals(stamp[0], authentication.findSessionStamp("it-mediator").orElseThrow());
    assertNotEquals(before, stamp[0]);
    assertEquals(
        LoginOutcome.Status.SUCCESS,
        authentication
            .authenticate("it-mediator", "Girafe lanterne piment 2028".toCharArray())
            .status());
    assertTrue(audited(AuditKind.PASSWORD_CHANGED, "it-mediator"));
  }

  @Test
  void everyRefusalCostsAPasswordHash() throws Exception {
    String name = unique("ines");
    User u = create(name, Role.MEDIATOR);
    asAdmin.call(() -> users.deactivate(u.getId()));
    // Warm up, then compare a deactivated account with an unknown one: both pay for a hash.
    for (int i = 0; i < 3; i++) {
      authentication.authenticate(name, PASSWORD.toCharArray());
      authentication.authenticate(unique("nobody"), PASSWORD.toCharArray());
    }
    // The fastest of several answers of each kind: a pause of the machine (a collection, a
    // background job) slows one answer, never all of them.
    long inactive = Long.MAX_VALUE;
    long unknown = Long.MAX_VALUE;
    for (int i = 0; i < 7; i++) {
      long t0 = System.nanoTime();
      authentication.authenticate(name, PASSWORD.toCharArray());
      long t1 = System.nanoTime();
      authentication.authenticate(unique("nobody"), PASSWORD.toCharArray());
      long t2 = System.nanoTime();
      inactive = Math.min(inactive, t1 - t0);
      unknown = Math.min(unknown, t2 - t1);
    }
    // Not a timing benchmark: a deactivated account once answered 20 times faster (no hash).
    assertTrue(
        inactive * 3 > unknown, "deactivated " + inactive + " ns, unknown " + unknown + " ns");
  }

  @Test
  void loginsAreAudited() throws Exception {
    String name = unique("frank");
    create(name, Role.CURATOR);
    authentication.authenticate(name, PASSWORD.toCharArray());
    assertTrue(audited(AuditKind.LOGIN, name));
  }

  @Test
  void demoAccountsAreLoadedOnce() {
    demo.loadMissing();
    assertEquals(0, demo.loadMissing());
    for (DemoAccounts.Account a : DemoAccounts.ALL) {
      assertEquals(
          LoginOutcome.Status.SUCCESS,
          authentication.authenticate(a.username(), DemoAccounts.PASSWORD.toCharArray()).status(),
          a.username());
    }
  }

  @Test
  void theAuditLogFiltersByParisDaysAndExportsInBatches() throws Exception {
    String name = unique("gaby");
    create(name, Role.CURATOR);
    authentication.authenticate(name, PASSWORD.toCharArray());
    java.time.LocalDate today = java.time.LocalDate.now(AuditService.ZONE);
    var todays = new AuditService.Filter(AuditKind.LOGIN, name, today, today);
    assertEquals(1, asAdmin.call(() -> audit.search(todays, 0, 10)).total());
    var yesterday =
        new AuditService.Filter(AuditKind.LOGIN, name, today.minusDays(1), today.minusDays(1));
    assertEquals(0, asAdmin.call(() -> audit.search(yesterday, 0, 10)).total());
    var all = new AuditService.Filter(null, name, null, null);
    var first = asAdmin.call(() -> audit.exportBatch(all, 0, 1));
    assertEquals(1, first.size());
    var next = asAdmin.call(() -> audit.exportBatch(all, first.get(0).getId(), 1000));
    assertTrue(next.stream().allMatch(e -> e.getId() > first.get(0).getId()), "keyset paging");
    assertEquals(
        "admin.audit.badPeriod",
        assertThrows(
                InvalidInputException.class,
                () -> new AuditService.Filter(null, "", today, today.minusDays(1)))
            .getMessageKey());
    assertThrows(
        EJBAccessException.class, () -> asMediator.run(() -> audit.exportBatch(all, 0, 10)));
  }

  private boolean audited(AuditKind kind, String actor) throws Exception {
    return asAdmin
        .call(() -> audit.search(new AuditService.Filter(kind, actor, null, null), 0, 50))
        .items()
        .stream()
        .map(AuditEvent::getKind)
        .anyMatch(kind::equals);
  }
}
