package fr.capacite.domain.cohort;

import java.util.List;

/**
 * Drop-out risk (risque de décrochage, Qualiopi indicator 12): a learner is at risk after {@value
 * #CONSECUTIVE_ABSENCES} consecutive unexcused absences on certified sheets. An excused absence
 * neither counts nor breaks the run (the learner warned the organisation); a presence ends it.
 */
public final class DropOutRule {

  public static final int CONSECUTIVE_ABSENCES = 3;

  private DropOutRule() {}

  /** Whether the latest certified statuses, oldest first, end in a run of unexcused absences. */
  public static boolean atRisk(List<AttendanceStatus> chronological) {
    int run = 0;
    for (int i = chronological.size() - 1; i >= 0; i--) {
      AttendanceStatus s = chronological.get(i);
      if (s == AttendanceStatus.ABSENT) {
        if (++run >= CONSECUTIVE_ABSENCES) {
          return true;
        }
      } else if (s == AttendanceStatus.PRESENT) {
        return false;
      }
    }
    return false;
  }
}
