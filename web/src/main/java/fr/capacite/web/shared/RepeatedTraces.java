package fr.capacite.web.shared;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps a flood of identical failures from filling the disk: the same error (same exception type
 * thrown from the same place) logs its full stack trace once a minute; the next repeats in that
 * minute log one line without the trace, and beyond {@value #LINES_PER_MINUTE} of them nothing, the
 * next full trace saying how many were left out. Other records pass untouched.
 *
 * <p>Written here because the server logs through {@code java.util.logging}, which has no
 * rate-limiting filter (Log4j's BurstFilter and Logback's DuplicateMessageFilter serve other
 * logging systems); it is installed on the root handlers while the application runs.
 */
public final class RepeatedTraces implements Filter {

  static final int LINES_PER_MINUTE = 20;
  private static final long MINUTE_MS = 60_000;

  /** Errors come from a bounded set of code sites; the map is cleared if that ever fails. */
  private static final int MAX_KEYS = 2_000;

  private final Filter next;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  RepeatedTraces(Filter next, Clock clock) {
    this.next = next;
    this.clock = clock;
  }

  /** Installs the filter on every handler of the root logger; returns a way to remove it. */
  public static Runnable install() {
    Handler[] handlers = Logger.getLogger("").getHandlers();
    Filter[] before = new Filter[handlers.length];
    for (int i = 0; i < handlers.length; i++) {
      before[i] = handlers[i].getFilter();
      handlers[i].setFilter(new RepeatedTraces(before[i], Clock.systemUTC()));
    }
    return () -> {
      for (int i = 0; i < handlers.length; i++) {
        handlers[i].setFilter(before[i]);
      }
    };
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    if (next != null && !next.isLoggable(record)) {
      return false;
    }
    Throwable thrown = record.getThrown();
    if (thrown == null) {
      return true;
    }
    if (windows.size() > MAX_KEYS) {
      windows.clear();
    }
    long now = clock.millis();
    Window w = windows.computeIfAbsent(key(record, thrown), k -> new Window(now));
    synchronized (w) {
      if (now - w.start >= MINUTE_MS) {
        int left = w.dropped.getAndSet(0);
        w.start = now;
        w.count = 0;
        if (left > 0) {
          record.setMessage(
              record.getMessage() + " [" + left + " more like this in the last minute left out]");
        }
      }
      w.count++;
      if (w.count == 1) {
        return true;
      }
      if (w.count <= 1 + LINES_PER_MINUTE) {
        record.setThrown(null);
        record.setMessage(
            record.getMessage()
                + " ["
                + thrown.getClass().getName()
                + ": "
                + oneLine(thrown.getMessage())
                + "; repeated, trace logged once a minute]");
        return true;
      }
      w.dropped.incrementAndGet();
      return false;
    }
  }

  /** Where the error comes from: logger, exception type and the frame that threw it. */
  static String key(LogRecord record, Throwable thrown) {
    Throwable root = thrown;
    for (int depth = 0; root.getCause() != null && depth < 20; depth++) {
      root = root.getCause();
    }
    StackTraceElement[] frames = root.getStackTrace();
    return record.getLoggerName()
        + '|'
        + root.getClass().getName()
        + '|'
        + (frames.length == 0 ? "" : frames[0].toString());
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String line = s.replaceAll("[\\r\\n\\t]+", " ");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static final class Window {
    long start;
    int count;
    final AtomicInteger dropped = new AtomicInteger();

    Window(long start) {
      this.start = start;
    }
  }
}
