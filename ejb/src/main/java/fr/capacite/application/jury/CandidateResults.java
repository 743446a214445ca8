package fr.capacite.application.jury;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What a candidate sees: their published results, and their block history across versions. */
public record CandidateResults(
    List<PvView.CandidateResult> results, List<Published> sessions, List<History> history)
    implements Serializable {

  /** A published session the candidate sat, and their outcome in it. */
  public record Published(
      long sessionId,
      String title,
      LocalDate day,
      String versionCode,
      PvView.CandidateResult result)
      implements Serializable {}

  /** One block decision of the history, and until when an acquired block counts (R7). */
  public record History(
      String versionCode,
      String blockCode,
      boolean acquired,
      LocalDate decidedOn,
      String sessionTitle,
      LocalDate countsUntil,
      String historicalSource)
      implements Serializable {

    /** Entered by an administrator from an older document, not decided in Capacité. */
    public boolean historical() {
      return historicalSource != null;
    }
  }
}
