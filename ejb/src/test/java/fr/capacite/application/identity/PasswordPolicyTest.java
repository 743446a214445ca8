package fr.capacite.application.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.capacite.application.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void twelveCharactersAreEnough() {
    assertDoesNotThrow(() -> PasswordPolicy.check("abcdefghijkl".toCharArray()));
  }

  @Test
  void elevenCharactersAreRefusedWithTheMinimumInTheMessage() {
    var e =
        assertThrows(
            InvalidInputException.class, () -> PasswordPolicy.check("abcdefghijk".toCharArray()));
    assertEquals("identity.password.tooShort", e.getMessageKey());
    assertEquals(12, e.getArguments()[0]);
  }

  @Test
  void blankOrMissingPasswordsAreRefused() {
    assertThrows(
        InvalidInputException.class, () -> PasswordPolicy.check("              ".toCharArray()));
    assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(null));
  }

  @Test
  void demoPasswordFollowsThePolicy() {
    assertDoesNotThrow(() -> PasswordPolicy.check(DemoAccounts.PASSWORD.toCharArray()));
  }
}
