package fr.capacite.application.logbook;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The observatory's figures, kept for {@link #FRESH} per territory and period: they are public, so
 * every visitor would otherwise scan the period's logbooks of the whole country (a few grouped
 * scans), and figures of a few minutes ago say the same. The first reader of a question computes
 * it; those arriving meanwhile wait for that same computation; the page says when they were
 * computed. Each server keeps its own.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class ObservatoryFigures {

  /** Figures younger than this are served as they are. */
  static final Duration FRESH = Duration.ofMinutes(10);

  /** Questions kept at most (France, 18 regions and 101 departments, three periods each). */
  static final int KEPT = 400;

  /** The figures and when they were computed. */
  public record Kept(LogbookFigures.Figures figures, Instant computedAt) implements Serializable {}

  private record Question(LogbookFigures.Scope scope, int months, YearMonth month) {}

  private final ConcurrentMap<Question, CompletableFuture<Kept>> kept = new ConcurrentHashMap<>();

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(ObservatoryFigures.class.getName());

  @EJB private LogbookFigures figures;

  public Kept figures(LogbookFigures.Scope scope, int asked, LocalDate today) {
    // Only the periods offered are questions of their own (any other number is a year).
    int months = LogbookFigures.PERIODS.contains(asked) ? asked : 12;
    Question q = new Question(scope, months, YearMonth.from(today));
    CompletableFuture<Kept> current = kept.get(q);
    if (current != null) {
      Kept k = await(current);
      if (k != null && k.computedAt().isAfter(Instant.now().minus(FRESH))) {
        return k;
      }
      kept.remove(q, current);
    }
    CompletableFuture<Kept> mine = new CompletableFuture<>();
    CompletableFuture<Kept> other = kept.putIfAbsent(q, mine);
    if (other != null) {
      Kept k = await(other);
      if (k != null) {
        return k;
      }
    }
    try {
      long start = System.nanoTime();
      Kept k = new Kept(figures.figures(scope, months, today), Instant.now());
      long ms = (System.nanoTime() - start) / 1_000_000;
      // What the first reader of a question waits for (bench/RESULTS.md reads it here).
      LOG.info(() -> "Observatory figures " + q + " computed in " + ms + " ms");
      mine.complete(k);
      trim();
      return k;
    } catch (RuntimeException e) {
      // Those waiting get nothing and compute for themselves; the next reader tries again.
      kept.remove(q, mine);
      mine.complete(null);
      throw e;
    }
  }

  private static Kept await(CompletableFuture<Kept> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      return null;
    }
  }

  /** Past {@link #KEPT} questions, those no longer fresh go. */
  private void trim() {
    if (kept.size() <= KEPT) {
      return;
    }
    Instant stale = Instant.now().minus(FRESH);
    kept.entrySet()
        .removeIf(
            e ->
                e.getValue().isDone()
                    && (e.getValue().join() == null
                        || e.getValue().join().computedAt().isBefore(stale)));
  }
}
