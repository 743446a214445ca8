package fr.capacite.application.cohort;

import fr.capacite.domain.cohort.EnrolmentStatus;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One of the learner's cohorts: their place, path hours and the hours certified so far, and whether
 * the place the organisation offered still waits for their acceptance.
 */
public record LearnerCohort(
    long cohortId,
    String title,
    String organisationName,
    LocalDate start,
    LocalDate end,
    EnrolmentStatus status,
    Integer waitingRank,
    int pathHours,
    double attendedHours,
    boolean atRisk,
    long enrolmentId,
    boolean awaitingAcceptance)
    implements Serializable {

  /** Hours attended as a share of the path, in percent (0 when the path has no hours). */
  public int progress() {
    return pathHours == 0 ? 0 : (int) Math.min(100, Math.round(attendedHours * 100 / pathHours));
  }
}
