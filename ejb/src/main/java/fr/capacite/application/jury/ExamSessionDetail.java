package fr.capacite.application.jury;

import fr.capacite.domain.jury.CandidateSource;
import fr.capacite.domain.jury.ExamKind;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.domain.jury.Finding;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An exam session with its candidates (eligibility explained, jurors excluded and why) and its jury
 * (each juror's standing on the session day), for its page and the API.
 */
public record ExamSessionDetail(
    long id,
    String title,
    ExamKind kind,
    String versionCode,
    List<String> blockCodes,
    long centreId,
    String centreName,
    String siteName,
    LocalDate day,
    ExamModality modality,
    ExamStatus status,
    ExamStatus nextStatus,
    boolean canManage,
    List<CandidateView> candidates,
    List<JuryMemberView> jury,
    List<Finding> openingProblems,
    int discrepancyThreshold,
    Long callerJurorId)
    implements Serializable {

  /** Whether the caller scores this candidate now: open session, on the jury, fit, not excluded. */
  public boolean canScore(CandidateView c) {
    return status == ExamStatus.OPEN
        && callerJurorId != null
        && jury.stream().anyMatch(j -> j.userId() == callerJurorId && j.eligible())
        && c.exclusions().stream().noneMatch(x -> x.jurorId() == callerJurorId);
  }

  /**
   * Whether the caller, a juror of this session, is excluded from the candidate (R3): they then see
   * nothing of them, not even a link to their evidence.
   */
  public boolean callerExcludedFrom(CandidateView c) {
    return callerJurorId != null
        && c.exclusions().stream().anyMatch(x -> x.jurorId() == callerJurorId);
  }

  /** Whether the caller sits on this jury. */
  public boolean callerJudges() {
    return callerJurorId != null;
  }

  /** A candidate, what the eligibility check says, and which jurors may not assess them (R3). */
  public record CandidateView(
      long id,
      long learnerId,
      String username,
      String displayName,
      CandidateSource source,
      String cohortTitle,
      ExamModality modality,
      String employer,
      List<Finding> eligibility,
      List<Exclusion> exclusions)
      implements Serializable {

    public boolean eligible() {
      return !Finding.anyBlocking(eligibility);
    }
  }

  /** A juror excluded from one candidate, with the reasons. */
  public record Exclusion(long jurorId, String jurorName, List<Finding> reasons)
      implements Serializable {}

  /** A juror of the session and what keeps them off it, if anything (R1, R2). */
  public record JuryMemberView(
      long userId, String username, String displayName, List<Finding> problems)
      implements Serializable {

    public boolean eligible() {
      return problems.isEmpty();
    }
  }
}
