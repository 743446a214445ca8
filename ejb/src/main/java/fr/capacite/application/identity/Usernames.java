package fr.capacite.application.identity;

import fr.capacite.domain.identity.User;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The user name of an account people make themselves (sign-up, first sign-in with a provider): the
 * address's local part without accents, then "-2", "-3"… while it is taken.
 */
final class Usernames {

  private Usernames() {}

  static String free(EntityManager em, String email) {
    String base = base(email);
    String candidate = base;
    for (int n = 2; taken(em, candidate); n++) {
      String suffix = "-" + n;
      candidate =
          base.substring(0, Math.min(base.length(), User.USERNAME_MAX - suffix.length())) + suffix;
    }
    return candidate;
  }

  static String base(String email) {
    String local = email.substring(0, email.indexOf('@'));
    String folded =
        Normalizer.normalize(local, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9._-]", "");
    if (folded.isEmpty()) {
      folded = "membre";
    }
    return folded.length() > 60 ? folded.substring(0, 60) : folded;
  }

  private static boolean taken(EntityManager em, String username) {
    return !em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .getResultList()
        .isEmpty();
  }
}
