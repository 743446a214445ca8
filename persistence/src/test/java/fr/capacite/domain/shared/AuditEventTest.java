package fr.capacite.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  @Test
  void longDetailsAreTruncatedToTheColumnAndNullsBecomeEmpty() {
    AuditEvent e = new AuditEvent(AuditKind.LOGIN, null, "user:x", "d".repeat(5000));
    assertEquals(AuditEvent.DETAIL_MAX, e.getDetail().length());
    assertTrue(e.getDetail().endsWith("…"));
    assertEquals("", e.getActor());
  }

  @Test
  void instantsRoundTripThroughTimestamps() {
    InstantConverter c = new InstantConverter();
    Instant now = Instant.parse("2026-11-22T10:15:30.123Z");
    assertEquals(now, c.convertToEntityAttribute(c.convertToDatabaseColumn(now)));
    assertNull(c.convertToDatabaseColumn(null));
    assertNull(c.convertToEntityAttribute(null));
  }
}
