package fr.capacite.application.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.capacite.application.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private static final List<String> MAYA =
      List.of("mediatrice", "maya.mediatrice@exemple.fr", "Maya Médiatrice");

  private static String refusal(String password, List<String> personal) {
    return assertThrows(
            InvalidInputException.class,
            () -> PasswordPolicy.check(password.toCharArray(), personal))
        .getMessageKey();
  }

  @Test
  void aLongUnguessablePassphraseIsAccepted() {
    assertDoesNotThrow(() -> PasswordPolicy.check("Tartine-violon-escalier-9".toCharArray(), MAYA));
  }

  @Test
  void theCallersPasswordIsLeftIntactForHashing() {
    char[] password = "Tartine-violon-escalier-9".toCharArray();
    PasswordPolicy.check(password, MAYA);
    assertEquals("Tartine-violon-escalier-9", new String(password));
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

  /** Those the review had accepted, and others of the breached and common lists. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "password1234",
        "123456789012",
        "abcdefghijkl",
        "azertyuiop12",
        "motdepasse123",
        "qwertyuiop123",
        "aaaaaaaaaaaa",
        "soleil123456",
        "Capacite2026!",
        "mediation2026"
      })
  void commonAndGuessablePasswordsAreRefused(String password) {
    assertEquals("identity.password.guessable", refusal(password, List.of()));
  }

  @Test
  void aPasswordContainingTheAccountsNameIsRefusedWhateverItsCaseAndAccents() {
    assertEquals("identity.password.personal", refusal("xx-MEDIATRICE-quartz-77", MAYA));
    assertEquals("identity.password.personal", refusal("Lumière-maya-Orage-88", MAYA));
    assertEquals("identity.password.personal", refusal("Orage-médiatrice-Lune-1", MAYA));
  }

  @Test
  void anEmailDomainOrAShortNamePartIsNotPersonal() {
    assertDoesNotThrow(
        () ->
            PasswordPolicy.check(
                "Exemple-tartine-violon-9".toCharArray(), List.of("al", "al@exemple.fr")));
  }

  @Test
  void demoPasswordFollowsThePolicy() {
    for (DemoAccounts.Account a : DemoAccounts.ALL) {
      assertDoesNotThrow(
          () ->
              PasswordPolicy.check(
                  DemoAccounts.PASSWORD.toCharArray(), List.of(a.username(), a.displayName())));
    }
  }
}
