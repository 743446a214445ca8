package fr.capacite.domain.cohort;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The quality figures of a set of cohorts (Qualiopi indicator 2: results always with their period
 * and number of learners), accumulated cohort by cohort and merged up to an organisation or to all.
 *
 * <ul>
 *   <li>learners: those who had a place (enrolled, or withdrawn after having one);
 *   <li>drop-out rate: learners who left after having a place, over learners;
 *   <li>attendance rate: trainee time certified present, over all trainee time on certified sheets
 *       (an excused absence is still an absence);
 *   <li>hours delivered: hours of sessions whose sheet was certified;
 *   <li>trainee-hours: hours certified present, summed over learners.
 * </ul>
 */
public final class QualityTally implements Serializable {

  private static final long serialVersionUID = 1L;

  private long learners;
  private long dropOuts;
  private long presentMinutes;
  private long recordedMinutes;
  private long deliveredMinutes;
  private final SatisfactionTally hot = new SatisfactionTally();
  private final SatisfactionTally cold = new SatisfactionTally();
  private LocalDate from;
  private LocalDate to;

  /** A cohort's span, so that every figure carries its period. */
  public QualityTally span(LocalDate start, LocalDate end) {
    from = from == null || start.isBefore(from) ? start : from;
    to = to == null || end.isAfter(to) ? end : to;
    return this;
  }

  /** Learners who had a place, and how many of them dropped out. */
  public QualityTally learners(long hadAPlace, long droppedOut) {
    learners += hadAPlace;
    dropOuts += droppedOut;
    return this;
  }

  /**
   * {@code sheets} certified sheets of sessions of {@code minutes} each, holding {@code recorded}
   * learners with a certified status of whom {@code present} were present (the sheets' own counts).
   */
  public QualityTally certifiedSheets(long minutes, long sheets, long recorded, long present) {
    deliveredMinutes += minutes * sheets;
    recordedMinutes += minutes * recorded;
    presentMinutes += minutes * present;
    return this;
  }

  public QualityTally answer(SurveyWave wave, LocalDate on, int... scores) {
    (wave == SurveyWave.HOT ? hot : cold).add(on, scores);
    return this;
  }

  public QualityTally merge(QualityTally o) {
    learners += o.learners;
    dropOuts += o.dropOuts;
    presentMinutes += o.presentMinutes;
    recordedMinutes += o.recordedMinutes;
    deliveredMinutes += o.deliveredMinutes;
    hot.merge(o.hot);
    cold.merge(o.cold);
    if (o.from != null) {
      span(o.from, o.to);
    }
    return this;
  }

  /** A percentage, or null when there is nothing to divide by (0 % would be a false figure). */
  static Double rate(long part, long whole) {
    return whole == 0 ? null : part * 100.0 / whole;
  }

  public Figures figures(long id, String label) {
    return new Figures(
        id,
        label,
        from,
        to,
        learners,
        rate(dropOuts, learners),
        rate(presentMinutes, recordedMinutes),
        deliveredMinutes / 60.0,
        presentMinutes / 60.0,
        hot.result(),
        cold.result());
  }

  /** The figures of one cohort, organisation or of all, ready to show or export. */
  public record Figures(
      long id,
      String label,
      LocalDate from,
      LocalDate to,
      long learners,
      Double dropOutRate,
      Double attendanceRate,
      double hoursDelivered,
      double traineeHours,
      SatisfactionTally.Result hot,
      SatisfactionTally.Result cold)
      implements Serializable {}
}
