package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class RepeatedTracesTest {

  private static final class MovableClock extends Clock {
    long millis = 1_000_000;

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }
  }

  private static LogRecord failure(String message) {
    LogRecord r = new LogRecord(Level.WARNING, "Servlet.service() threw exception");
    r.setLoggerName("jakarta.enterprise.web");
    r.setThrown(failureAt(message));
    return r;
  }

  /** Always thrown from the same line, as a flood of one bad request would be. */
  private static IllegalStateException failureAt(String message) {
    return new IllegalStateException(message);
  }

  @Test
  void theSameErrorLogsOneTraceAMinuteThenShortLinesThenNothing() {
    MovableClock clock = new MovableClock();
    RepeatedTraces filter = new RepeatedTraces(null, clock);

    LogRecord first = failure("bad nonce");
    assertTrue(filter.isLoggable(first));
    assertNotNull(first.getThrown(), "the first one keeps its trace");

    int lines = 0;
    int dropped = 0;
    for (int i = 0; i < 1_000; i++) {
      LogRecord r = failure("bad nonce\nforged " + i);
      if (filter.isLoggable(r)) {
        lines++;
        assertNull(r.getThrown(), "repeats lose their trace");
        assertTrue(r.getMessage().contains("IllegalStateException: bad nonce forged"));
        assertFalse(r.getMessage().contains("\n"), "one line");
      } else {
        dropped++;
      }
    }
    assertEquals(RepeatedTraces.LINES_PER_MINUTE, lines);
    assertEquals(1_000 - RepeatedTraces.LINES_PER_MINUTE, dropped);

    clock.millis += 61_000;
    LogRecord next = failure("bad nonce");
    assertTrue(filter.isLoggable(next));
    assertNotNull(next.getThrown(), "a minute later the trace is logged again");
    assertTrue(next.getMessage().contains(dropped + " more like this"), next.getMessage());
  }

  @Test
  void recordsWithoutAnErrorAndOtherErrorsAreUntouched() {
    RepeatedTraces filter = new RepeatedTraces(null, new MovableClock());
    for (int i = 0; i < 100; i++) {
      LogRecord info = new LogRecord(Level.INFO, "Refused POST /login.xhtml");
      assertTrue(filter.isLoggable(info));
      assertEquals("Refused POST /login.xhtml", info.getMessage());
    }
    assertTrue(filter.isLoggable(failure("a")));
    LogRecord other = new LogRecord(Level.SEVERE, "other");
    other.setThrown(new UnsupportedOperationException("elsewhere"));
    assertTrue(filter.isLoggable(other));
    assertNotNull(other.getThrown(), "another error keeps its first trace");
  }

  @Test
  void aRecordTheHandlerRefusedStaysRefused() {
    RepeatedTraces filter = new RepeatedTraces(r -> false, new MovableClock());
    assertFalse(filter.isLoggable(failure("x")));
  }
}
