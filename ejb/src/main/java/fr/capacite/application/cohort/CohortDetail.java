package fr.capacite.application.cohort;

import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.cohort.WithdrawalReason;
import java.io.Serializable;
import java.util.List;

/** A cohort with its enrolments, for its page. */
public record CohortDetail(
    long id,
    long entityVersion,
    long organisationId,
    String organisationName,
    String versionCode,
    String programmeTitle,
    List<Integer> pathHours,
    int placementHours,
    boolean requiresCcp1,
    CohortForm form,
    List<String> blockCodes,
    List<String> trainers,
    List<EnrolmentView> enrolments)
    implements Serializable {

  /** One learner's place. */
  public record EnrolmentView(
      long id,
      String username,
      String displayName,
      EnrolmentStatus status,
      Integer waitingRank,
      int pathHours,
      String positioningNote,
      String ccp1Evidence,
      boolean atRisk,
      WithdrawalReason withdrawalReason,
      String withdrawalNote,
      boolean awaitingAcceptance)
      implements Serializable {}

  public long enrolledCount() {
    return enrolments.stream().filter(e -> e.status() == EnrolmentStatus.ENROLLED).count();
  }

  public long waitingCount() {
    return enrolments.stream().filter(e -> e.status() == EnrolmentStatus.WAITING).count();
  }
}
