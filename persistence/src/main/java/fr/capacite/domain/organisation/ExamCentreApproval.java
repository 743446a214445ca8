package fr.capacite.domain.organisation;

import fr.capacite.domain.referential.CertificationVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An exam-centre approval (agrément DREETS): the organisation may hold exam sessions for one title
 * version, on one of its sites, during a period (R4). Invariant: the site belongs to the
 * organisation and the period is not empty.
 */
@Entity
@Table(name = "exam_centre_approval")
@NamedQuery(
    name = "ExamCentreApproval.findByOrganisation",
    query =
        "SELECT a FROM ExamCentreApproval a JOIN FETCH a.certificationVersion JOIN FETCH a.site WHERE"
            + " a.organisation = :organisation ORDER BY a.validFrom DESC")
public class ExamCentreApproval {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private TrainingOrganisation organisation;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "certification_version_id", nullable = false)
  private CertificationVersion certificationVersion;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "site_id", nullable = false)
  private Site site;

  @Column(length = 60)
  private String reference;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  protected ExamCentreApproval() {}

  /**
   * The last day an approval of the version may cover: the version's end plus the capitalisation
   * year (R4, R7), or no limit while the version has no end.
   */
  public static java.util.Optional<LocalDate> latestEnd(CertificationVersion version) {
    return java.util.Optional.ofNullable(version.getValidUntil())
        .map(end -> end.plusYears(fr.capacite.domain.jury.Capitalisation.YEARS_AFTER_END));
  }

  public ExamCentreApproval(
      TrainingOrganisation organisation,
      CertificationVersion version,
      Site site,
      String reference,
      LocalDate from,
      LocalDate until) {
    if (!site.getOrganisation().equals(organisation)) {
      throw new IllegalArgumentException("the site belongs to another organisation");
    }
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("approval ends before it starts");
    }
    this.organisation = organisation;
    this.certificationVersion = version;
    this.site = site;
    this.reference = reference;
    this.validFrom = from;
    this.validUntil = until;
  }

  /** R4: whether a session of this version, on this site, on this day, is covered. */
  public boolean covers(CertificationVersion version, Site onSite, LocalDate day) {
    return certificationVersion.equals(version)
        && site.equals(onSite)
        && !day.isBefore(validFrom)
        && !day.isAfter(validUntil);
  }

  public Long getId() {
    return id;
  }

  public TrainingOrganisation getOrganisation() {
    return organisation;
  }

  public CertificationVersion getCertificationVersion() {
    return certificationVersion;
  }

  public Site getSite() {
    return site;
  }

  public String getReference() {
    return reference;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }
}
