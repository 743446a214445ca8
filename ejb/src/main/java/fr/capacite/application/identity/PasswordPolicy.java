package fr.capacite.application.identity;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.identity.User;

/** The password rule: at least {@value User#PASSWORD_MIN} characters, not only spaces. */
public final class PasswordPolicy {

  private PasswordPolicy() {}

  public static void check(char[] password) {
    if (password == null || password.length < User.PASSWORD_MIN || isBlank(password)) {
      throw new InvalidInputException("identity.password.tooShort", User.PASSWORD_MIN);
    }
  }

  private static boolean isBlank(char[] password) {
    for (char c : password) {
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
