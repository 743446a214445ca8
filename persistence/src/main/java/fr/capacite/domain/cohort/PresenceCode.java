package fr.capacite.domain.cohort;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code a trainer shows on screen for learners to sign by scanning it (émargement par QR code):
 * it changes every minute, derived from the session's own secret and the minute as one-time
 * passwords are (RFC 6238: an HMAC of the time step), so that only someone in the room at that
 * minute holds it. The code of the minute before is accepted too, for a scan made as the minute
 * turned. Whether the session's window is open is the attendance rules' concern.
 */
public final class PresenceCode {

  public static final Duration STEP = Duration.ofMinutes(1);

  /** Letters and digits people cannot mistake for one another (no 0/O, 1/I/L). */
  private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

  public static final int LENGTH = 6;

  private PresenceCode() {}

  /** The code of the step that contains {@code at}. */
  public static String at(String secret, Instant at) {
    return of(secret, at.getEpochSecond() / STEP.toSeconds());
  }

  /** When the code shown at {@code now} stops being the current one. */
  public static Instant changesAt(Instant now) {
    long step = now.getEpochSecond() / STEP.toSeconds();
    return Instant.ofEpochSecond((step + 1) * STEP.toSeconds());
  }

  /** Whether the code is the current step's or the previous one's (compared in constant time). */
  public static boolean accepts(String secret, String code, Instant now) {
    if (secret == null || code == null) {
      return false;
    }
    byte[] given =
        code.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    long step = now.getEpochSecond() / STEP.toSeconds();
    boolean ok = false;
    for (long s = step - 1; s <= step; s++) {
      ok |= MessageDigest.isEqual(of(secret, s).getBytes(StandardCharsets.US_ASCII), given);
    }
    return ok;
  }

  private static String of(String secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
      byte[] h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
      StringBuilder code = new StringBuilder(LENGTH);
      for (int i = 0; i < LENGTH; i++) {
        code.append(ALPHABET[(h[i] & 0xff) % ALPHABET.length]);
      }
      return code.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
