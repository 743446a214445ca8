package fr.capacite.domain.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

  private final Instant now = Instant.parse("2026-12-07T10:00:00Z");
  private final User alice = new User("alice", "alice@example.org", "Alice", "hash");

  @Test
  void aLinkWorksForItsPurposeUntilItExpiresAndOnlyOnce() {
    AccountToken reset = AccountToken.passwordReset("d1", alice, now);
    assertTrue(reset.usableFor(AccountToken.Purpose.PASSWORD_RESET, now.plusSeconds(3599)));
    assertFalse(
        reset.usableFor(AccountToken.Purpose.PASSWORD_RESET, now.plus(Duration.ofHours(1))));
    assertFalse(reset.usableFor(AccountToken.Purpose.SIGN_UP, now), "another purpose");
    reset.use(now.plusSeconds(10));
    assertFalse(reset.usableFor(AccountToken.Purpose.PASSWORD_RESET, now.plusSeconds(11)));
    assertThrows(IllegalStateException.class, () -> reset.use(now.plusSeconds(12)));

    AccountToken signUp = AccountToken.signUp("d2", "bob@example.org", "Bob", "hash", "fr", now);
    assertTrue(signUp.usableFor(AccountToken.Purpose.SIGN_UP, now.plus(Duration.ofHours(23))));
    assertFalse(signUp.usableFor(AccountToken.Purpose.SIGN_UP, now.plus(Duration.ofHours(24))));
  }

  @Test
  void aCountedRequestOpensNothing() {
    AccountToken counted = AccountToken.counted("d3", "taken@example.org", "fr", now);
    for (AccountToken.Purpose p : AccountToken.Purpose.values()) {
      assertFalse(counted.usableFor(p, now), p.name());
      assertFalse(counted.usableFor(p, now.minusSeconds(1)), p.name());
    }
  }
}
