package fr.capacite.domain.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The presence code changes every minute, is the session's own, and lives two minutes at most. */
class PresenceCodeTest {

  private static final String SECRET = "c2VjcmV0LW9mLWEtc2Vzc2lvbi1vbmx5LWZvci10ZXN0cw";
  private static final Instant T = Instant.parse("2026-12-07T13:45:10Z");

  @Test
  void theCodeIsAcceptedDuringItsMinuteAndTheNextAndNeverLater() {
    String code = PresenceCode.at(SECRET, T);
    assertEquals(PresenceCode.LENGTH, code.length());
    assertTrue(code.matches("[A-Z2-9]+") && !code.matches(".*[01OIL].*"), code);
    assertEquals(code, PresenceCode.at(SECRET, Instant.parse("2026-12-07T13:45:59Z")));
    assertTrue(PresenceCode.accepts(SECRET, code, T));
    assertTrue(
        PresenceCode.accepts(SECRET, code.toLowerCase(), T.plusSeconds(60)), "the minute after");
    assertFalse(PresenceCode.accepts(SECRET, code, T.plusSeconds(120)), "two minutes after");
    assertFalse(PresenceCode.accepts(SECRET, code, T.minusSeconds(60)), "not before its minute");
    assertEquals(Instant.parse("2026-12-07T13:46:00Z"), PresenceCode.changesAt(T));
  }

  @Test
  void eachSessionHasItsOwnCodesAndNothingElseIsAccepted() {
    assertNotEquals(PresenceCode.at(SECRET, T), PresenceCode.at(SECRET + "x", T));
    assertNotEquals(PresenceCode.at(SECRET, T), PresenceCode.at(SECRET, T.plusSeconds(60)));
    assertFalse(PresenceCode.accepts(SECRET, null, T));
    assertFalse(PresenceCode.accepts(null, "ABCDEF", T));
    assertFalse(PresenceCode.accepts(SECRET, "", T));
  }
}
