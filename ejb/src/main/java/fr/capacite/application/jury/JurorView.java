package fr.capacite.application.jury;

import fr.capacite.domain.jury.Finding;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A juror and their profile, with what keeps them off juries today (R1, R2). */
public record JurorView(
    long userId,
    String username,
    String displayName,
    long entityVersion,
    JurorForm form,
    List<Finding> problemsToday)
    implements Serializable {

  public boolean eligibleToday() {
    return problemsToday.isEmpty();
  }

  /** The editable part of a juror's profile. */
  public record JurorForm(
      String habilitationRegion,
      LocalDate habilitationUntil,
      int yearsInJob,
      LocalDate leftJobOn,
      LocalDate inductionOn,
      LocalDate charterSignedOn,
      String employer)
      implements Serializable {}
}
