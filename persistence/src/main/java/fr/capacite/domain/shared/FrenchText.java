package fr.capacite.domain.shared;

import java.text.Normalizer;
import java.util.Locale;

/** French words compared as people read them: accents, case and apostrophes aside. */
public final class FrenchText {

  private FrenchText() {}

  /**
   * The text without accents, in lower case, its typographic apostrophes plain and its ends trimmed
   * ("Démarche d’accès" → "demarche d'acces"); null reads as "".
   */
  public static String plain(String s) {
    return Normalizer.normalize(s == null ? "" : s.replace('’', '\''), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }
}
