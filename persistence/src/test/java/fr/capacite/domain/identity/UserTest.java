package fr.capacite.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

  private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

  private User user() {
    return new User("alice", "alice@example.org", "Alice", "hash");
  }

  @Test
  void fifthWrongPasswordLocksForFifteenMinutes() {
    User u = user();
    for (int i = 1; i < User.MAX_FAILED_ATTEMPTS; i++) {
      assertFalse(u.recordFailedLogin(now), "attempt " + i);
      assertTrue(u.canAttemptLogin(now));
    }
    assertTrue(u.recordFailedLogin(now));
    assertTrue(u.isLocked(now));
    assertFalse(u.canAttemptLogin(now.plusSeconds(14 * 60)));
    assertTrue(u.canAttemptLogin(now.plus(User.LOCK_DURATION)));
  }

  @Test
  void successfulLoginResetsTheCounter() {
    User u = user();
    u.recordFailedLogin(now);
    u.recordFailedLogin(now);
    u.recordSuccessfulLogin(now);
    assertEquals(0, u.getFailedAttempts());
    assertEquals(now, u.getLastLoginAt());
    for (int i = 1; i < User.MAX_FAILED_ATTEMPTS; i++) {
      assertFalse(u.recordFailedLogin(now));
    }
  }

  @Test
  void deactivatedAccountCannotAttemptLoginUntilReactivated() {
    User u = user();
    u.deactivate();
    assertFalse(u.canAttemptLogin(now));
    u.reactivate();
    assertTrue(u.canAttemptLogin(now));
  }

  @Test
  void rolesAreReplacedAndExposedReadOnly() {
    User u = user();
    u.assignRoles(Set.of(Role.ADMIN, Role.CURATOR));
    u.assignRoles(Set.of(Role.MEDIATOR));
    assertEquals(Set.of(Role.MEDIATOR), u.getRoles());
    assertTrue(u.hasRole(Role.MEDIATOR));
    assertFalse(u.hasRole(Role.ADMIN));
  }

  @Test
  void everyChangeThatMustEndOpenSessionsRaisesTheStampAndOnlyThose() {
    User u = user();
    u.assignRoles(Set.of(Role.MEDIATOR));
    int stamp = u.getSessionStamp();
    u.assignRoles(Set.of(Role.MEDIATOR));
    u.setDisplayName("Alice B.");
    u.recordSuccessfulLogin(now);
    assertEquals(stamp, u.getSessionStamp(), "same roles, name, login: sessions go on");
    u.assignRoles(Set.of(Role.CURATOR));
    assertEquals(stamp + 1, u.getSessionStamp(), "roles changed");
    u.changePassword("other hash");
    assertEquals(stamp + 2, u.getSessionStamp(), "password changed");
    u.deactivate();
    assertEquals(stamp + 3, u.getSessionStamp(), "deactivated");
  }

  @Test
  void roleNamesMatchTheEnum() {
    assertEquals(Role.ADMIN.name(), Role.Names.ADMIN);
    assertEquals(Role.ORG_MANAGER.name(), Role.Names.ORG_MANAGER);
    assertEquals(Role.TRAINER.name(), Role.Names.TRAINER);
    assertEquals(Role.JUROR.name(), Role.Names.JUROR);
    assertEquals(Role.MEDIATOR.name(), Role.Names.MEDIATOR);
    assertEquals(Role.CURATOR.name(), Role.Names.CURATOR);
  }
}
