package fr.capacite.application.cohort;

import fr.capacite.domain.cohort.AttendanceStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An attendance sheet: the session, whether it is certified, and one row per enrolled learner. */
public record AttendanceView(
    SessionView session, boolean certified, String certifiedBy, Instant certifiedAt, List<Row> rows)
    implements Serializable {

  /** One learner: when they signed (if they did) and the certified status (once certified). */
  public record Row(
      long learnerId,
      String username,
      String displayName,
      Instant signedAt,
      AttendanceStatus status)
      implements Serializable {}
}
