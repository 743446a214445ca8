package fr.capacite.application.cohort;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Weekly repetition of a session: every chosen weekday from a first day until a last one. */
public final class Recurrence {

  /** A cap on one request, so that a typo in the end date cannot create thousands of sessions. */
  public static final int MAX_OCCURRENCES = 200;

  private Recurrence() {}

  /**
   * The days of the series, in order, the first day included even if its weekday is not chosen.
   * Without chosen weekdays, the first day's weekday repeats.
   */
  public static List<LocalDate> weekly(LocalDate first, LocalDate last, Set<DayOfWeek> weekdays) {
    if (last == null || !last.isAfter(first)) {
      return List.of(first);
    }
    Set<DayOfWeek> days =
        weekdays == null || weekdays.isEmpty() ? Set.of(first.getDayOfWeek()) : weekdays;
    List<LocalDate> dates = new ArrayList<>();
    dates.add(first);
    for (LocalDate d = first.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
      if (days.contains(d.getDayOfWeek())) {
        dates.add(d);
        if (dates.size() > MAX_OCCURRENCES) {
          throw new IllegalArgumentException("too many occurrences");
        }
      }
    }
    return dates;
  }
}
