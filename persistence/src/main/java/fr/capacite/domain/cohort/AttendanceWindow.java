package fr.capacite.domain.cohort;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Dates that hold for attendance: a learner signs during the session, from shortly before its start
 * to shortly after its end (a setting), and the sheet is certified once the session has started.
 */
public record AttendanceWindow(Duration early, Duration late) {

  /** 30 minutes before the start, one hour after the end. */
  public static final AttendanceWindow DEFAULT =
      new AttendanceWindow(Duration.ofMinutes(30), Duration.ofMinutes(60));

  public AttendanceWindow {
    if (early.isNegative() || late.isNegative()) {
      throw new IllegalArgumentException("a window opens before and closes after the session");
    }
  }

  /** The window from the settings {@code capacite.attendance.early} and {@code .late} (minutes). */
  public static AttendanceWindow fromSettings() {
    return new AttendanceWindow(
        Duration.ofMinutes(Long.getLong("capacite.attendance.early", DEFAULT.early().toMinutes())),
        Duration.ofMinutes(Long.getLong("capacite.attendance.late", DEFAULT.late().toMinutes())));
  }

  public LocalDateTime opens(TrainingSession s) {
    return s.getDay().atTime(s.getStartTime()).minus(early);
  }

  public LocalDateTime closes(TrainingSession s) {
    return s.getDay().atTime(s.getEndTime()).plus(late);
  }

  /** Whether a learner may sign now (local time of the organisation). */
  public boolean allowsSigning(TrainingSession s, LocalDateTime now) {
    return !now.isBefore(opens(s)) && !now.isAfter(closes(s));
  }

  /** Whether the session has started, so that its sheet may be certified. */
  public static boolean started(TrainingSession s, LocalDateTime now) {
    return !now.isBefore(s.getDay().atTime(s.getStartTime()));
  }
}
