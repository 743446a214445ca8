package fr.capacite.domain.cohort;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A result an organisation shows the public (Qualiopi indicator 2): its value, how many learners
 * stand behind it, and its period. Below {@link #MIN_LEARNERS} learners the value is withheld: a
 * learner could be recognised in it, and a rate of so few says nothing of the training.
 */
public record PublicFigure(Double value, long learners, LocalDate from, LocalDate to)
    implements Serializable {

  public static final int MIN_LEARNERS = 5;

  /** The figure, its value withheld when fewer than {@link #MIN_LEARNERS} stand behind it. */
  public static PublicFigure of(Double value, long learners, LocalDate from, LocalDate to) {
    return new PublicFigure(learners >= MIN_LEARNERS ? value : null, learners, from, to);
  }

  /** Whether the value may be shown. */
  public boolean shown() {
    return value != null;
  }
}
