package fr.capacite.application.jury;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An exam-centre approval the caller may plan sessions under (R4): centre, version, site, period.
 */
public record ApprovalChoice(
    long centreId,
    String centreName,
    long versionId,
    String versionCode,
    long siteId,
    String siteName,
    LocalDate from,
    LocalDate until)
    implements Serializable {

  /** A stable key for a select list. */
  public String key() {
    return centreId + ":" + versionId + ":" + siteId + ":" + from;
  }
}
