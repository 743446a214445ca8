package fr.capacite.application.organisation;

import fr.capacite.domain.organisation.QualiopiStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An organisation with its sites, approvals and members, for its page and the API. */
public record OrganisationDetail(
    long id,
    long entityVersion,
    OrganisationForm form,
    QualiopiStatus qualiopi,
    List<SiteView> sites,
    List<ApprovalView> approvals,
    List<String> members)
    implements Serializable {

  /** A site. */
  public record SiteView(long id, long entityVersion, SiteForm form) implements Serializable {}

  /** An exam-centre approval. */
  public record ApprovalView(
      long id,
      String versionCode,
      String versionTitle,
      String siteName,
      String reference,
      LocalDate from,
      LocalDate until)
      implements Serializable {}
}
