package fr.capacite.application.identity;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.identity.User;
import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The password rule, after NIST SP 800-63B (5.1.1.2): at least {@value User#PASSWORD_MIN}
 * characters, never the account's own name, and not guessable — breached and common passwords (the
 * 30,000 most common of the lists zxcvbn ships, French ones such as {@code azerty} or {@code
 * motdepasse} among them), dictionary words, keyboard patterns, sequences and repetitions, and the
 * words of this service. zxcvbn estimates the guesses an attacker needs; fewer than 10^8 (its score
 * below 3) is refused.
 */
public final class PasswordPolicy {

  /** Shorter parts of a name ("de", "ana") would refuse too much; zxcvbn still weighs them. */
  static final int MIN_PERSONAL = 4;

  /** zxcvbn's "safely unguessable" level: about 10^8 guesses and more. */
  static final int MIN_SCORE = 3;

  /** Words of the service itself, which an attacker tries first (context-specific words). */
  private static final List<String> SERVICE_WORDS =
      List.of(
          "capacite",
          "capacité",
          "mediation",
          "médiation",
          "numerique",
          "numérique",
          "mediateur",
          "médiateur",
          "mediatrice",
          "médiatrice",
          "remn",
          "formation");

  // Thread-safe once built (its dictionaries are read-only); loading them takes a moment.
  private static final Zxcvbn ZXCVBN = new Zxcvbn();

  private PasswordPolicy() {}

  /** The length rule alone (when nothing is known of the account). */
  public static void check(char[] password) {
    check(password, List.of());
  }

  /**
   * The whole rule for an account: {@code personal} holds what is known of it (user name, e-mail,
   * display name), which the password may neither contain nor be built from.
   */
  public static void check(char[] password, List<String> personal) {
    if (password == null || password.length < User.PASSWORD_MIN || isBlank(password)) {
      throw new InvalidInputException("identity.password.tooShort", User.PASSWORD_MIN);
    }
    String folded = fold(CharBuffer.wrap(password));
    for (String p : personal) {
      for (String word : words(p)) {
        if (word.length() >= MIN_PERSONAL && folded.contains(word)) {
          throw new InvalidInputException("identity.password.personal");
        }
      }
    }
    List<String> context = new ArrayList<>(SERVICE_WORDS);
    personal.forEach(p -> context.addAll(words(p)));
    // zxcvbn wipes what it measured: give it a copy, never the caller's password.
    Strength strength = ZXCVBN.measure(CharBuffer.wrap(password.clone()), context);
    try {
      if (strength.getScore() < MIN_SCORE) {
        throw new InvalidInputException("identity.password.guessable");
      }
    } finally {
      strength.wipe();
    }
  }

  /** The account's name, e-mail and display name, as the words they are made of. */
  static List<String> words(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    int at = value.indexOf('@');
    // Of an e-mail address, its local part: the domain is shared by a whole organisation.
    String f = fold(at > 0 ? value.substring(0, at) : value);
    List<String> out = new ArrayList<>();
    out.add(f.replaceAll("[^a-z0-9]", ""));
    out.addAll(Arrays.asList(f.split("[^a-z0-9]+")));
    out.removeIf(String::isBlank);
    return out;
  }

  /** Lower case without accents: "Médiatrice" and "mediatrice" are the same word to an attacker. */
  private static String fold(CharSequence s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
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
