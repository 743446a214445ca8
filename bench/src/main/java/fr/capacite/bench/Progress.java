package fr.capacite.bench;

import java.io.PrintStream;
import java.util.Locale;

/** One line per step and a line every few seconds while a long step runs: rows so far, rate. */
final class Progress {

  private static final long EVERY_NANOS = 5_000_000_000L;

  private final PrintStream out;
  private final long started = System.nanoTime();
  private String step = "";
  private long expected;
  private long done;
  private long stepStarted;
  private long lastLine;

  Progress(PrintStream out) {
    this.out = out;
  }

  void start(String name, long expectedRows) {
    step = name;
    expected = expectedRows;
    done = 0;
    stepStarted = System.nanoTime();
    lastLine = stepStarted;
  }

  void advance(long rows) {
    done += rows;
    long now = System.nanoTime();
    if (now - lastLine >= EVERY_NANOS) {
      lastLine = now;
      out.printf(
          Locale.ROOT,
          "  %-28s %,12d / %,d rows (%.0f %%), %,.0f rows/s%n",
          step,
          done,
          expected,
          expected == 0 ? 100.0 : 100.0 * done / expected,
          done / seconds(now - stepStarted));
    }
  }

  void end() {
    long now = System.nanoTime();
    out.printf(
        Locale.ROOT,
        "%-30s %,12d rows in %6.1f s   (total %6.1f s)%n",
        step,
        done,
        seconds(now - stepStarted),
        seconds(now - started));
  }

  double elapsedSeconds() {
    return seconds(System.nanoTime() - started);
  }

  private static double seconds(long nanos) {
    return Math.max(nanos, 1) / 1e9;
  }
}
