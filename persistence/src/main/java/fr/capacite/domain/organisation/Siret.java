package fr.capacite.domain.organisation;

/**
 * SIRET check: 14 digits whose Luhn sum is a multiple of 10. La Poste's establishments (SIREN 356
 * 000 000) are numbered outside Luhn: their digit sum is a multiple of 5 instead (INSEE rule).
 */
public final class Siret {

  public static final String LA_POSTE_SIREN = "356000000";

  private Siret() {}

  /** Digits only: spaces and dots as people type them are removed. */
  public static String normalise(String raw) {
    return raw == null ? "" : raw.replaceAll("[\\s.]", "");
  }

  public static boolean isValid(String raw) {
    String s = normalise(raw);
    if (!s.matches("\\d{14}")) {
      return false;
    }
    if (s.startsWith(LA_POSTE_SIREN)) {
      return s.chars().map(c -> c - '0').sum() % 5 == 0;
    }
    int sum = 0;
    for (int i = 0; i < 14; i++) {
      int d = s.charAt(13 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
