package fr.capacite.application.jury;

import fr.capacite.domain.jury.ExamKind;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.jury.ExamStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The PV (procès-verbal) of a session: candidates with their modality (R10) and decisions in force,
 * the jury with its signatures, and the amendments made since signature (R9).
 */
public record PvView(
    long sessionId,
    String title,
    ExamKind kind,
    String versionCode,
    String versionTitle,
    List<String> blockCodes,
    String centreName,
    String siteName,
    LocalDate day,
    ExamModality modality,
    ExamStatus status,
    List<Signer> jury,
    List<CandidateResult> candidates,
    List<AmendmentView> amendments,
    boolean callerMaySign,
    boolean callerSigned,
    boolean callerManages,
    Sealed sealed)
    implements Serializable {

  /**
   * Where a signed PV's content comes from: its stored record (R9), the revision in force, the
   * SHA-256 of the stored text, and the PV's own verification code. Null before signature.
   */
  public record Sealed(int revision, String hash, String code, Instant recordedAt)
      implements Serializable {}

  /** The same PV reduced to one candidate (their own documents). */
  public PvView only(long candidateId) {
    return new PvView(
        sessionId,
        title,
        kind,
        versionCode,
        versionTitle,
        blockCodes,
        centreName,
        siteName,
        day,
        modality,
        status,
        jury,
        candidates.stream().filter(r -> r.candidateId() == candidateId).toList(),
        List.of(),
        false,
        false,
        false,
        sealed);
  }

  /** A juror and when they signed, if they have. */
  public record Signer(long userId, String name, Instant signedAt) implements Serializable {}

  /** A candidate's outcome. */
  public record CandidateResult(
      long candidateId,
      String name,
      ExamModality modality,
      List<BlockOutcome> blocks,
      boolean titleGranted,
      String verificationCode,
      List<fr.capacite.domain.jury.PvContent.Ground> heldBefore)
      implements Serializable {

    public boolean partialSuccess() {
      return !titleGranted
          && blocks.stream().anyMatch(b -> Boolean.TRUE.equals(b.acquired()))
          && blocks.stream().anyMatch(b -> Boolean.FALSE.equals(b.acquired()));
    }
  }

  /** One block's decision in force, and whether an amendment changed it. */
  public record BlockOutcome(
      long blockId, String code, Boolean acquired, String reason, boolean amended)
      implements Serializable {}

  /** An amendment, as the PV history shows it. */
  public record AmendmentView(
      String candidateName,
      String blockCode,
      boolean oldAcquired,
      boolean newAcquired,
      String reason,
      String by,
      Instant at)
      implements Serializable {}
}
