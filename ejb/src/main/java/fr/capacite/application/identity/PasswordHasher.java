package fr.capacite.application.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Jakarta Security's PBKDF2 (HMAC-SHA256, 32-byte salt). The iteration count can be lowered with
 * the system property {@code capacite.pbkdf2.iterations} for test runs only.
 */
@ApplicationScoped
public class PasswordHasher {

  static final int DEFAULT_ITERATIONS = 120_000;

  @Inject private Pbkdf2PasswordHash hash;

  @PostConstruct
  void init() {
    String iterations =
        System.getProperty("capacite.pbkdf2.iterations", String.valueOf(DEFAULT_ITERATIONS));
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", iterations,
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(char[] password) {
    return hash.generate(password);
  }

  public boolean verify(char[] password, String stored) {
    return hash.verify(password, stored);
  }
}
