package fr.capacite.domain.path;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A deadline of a plan: its kind, what it is about (a block code, a cohort code or a plan year),
 * the day it falls and, for yearly modules, how many are still due.
 */
public record Deadline(DeadlineKind kind, String subject, LocalDate dueOn, int remaining)
    implements Serializable {

  /** Days left from {@code today} (negative once passed). */
  public long daysLeft(LocalDate today) {
    return java.time.temporal.ChronoUnit.DAYS.between(today, dueOn);
  }
}
