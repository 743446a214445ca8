package fr.capacite.application.logbook;

import fr.capacite.application.shared.KeptAnswers;
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

/**
 * The observatory's figures, kept for {@link #FRESH} per territory and period ({@link
 * KeptAnswers}): they are public, so every visitor would otherwise sum the period's rollup, and
 * figures of a few minutes ago say the same; the page says when they were computed.
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

  private final KeptAnswers<Question, Kept> kept = new KeptAnswers<>(FRESH, KEPT, Kept::computedAt);

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(ObservatoryFigures.class.getName());

  @EJB private LogbookFigures figures;

  public Kept figures(LogbookFigures.Scope scope, int asked, LocalDate today) {
    // Only the periods offered are questions of their own (any other number is a year).
    int months = LogbookFigures.PERIODS.contains(asked) ? asked : 12;
    Question q = new Question(scope, months, YearMonth.from(today));
    return kept.get(
        q,
        () -> {
          long start = System.nanoTime();
          Kept k = new Kept(figures.figures(scope, months, today), Instant.now());
          long ms = (System.nanoTime() - start) / 1_000_000;
          // What the first reader of a question waits for (bench/RESULTS.md reads it here).
          LOG.info(() -> "Observatory figures " + q + " computed in " + ms + " ms");
          return k;
        });
  }
}
