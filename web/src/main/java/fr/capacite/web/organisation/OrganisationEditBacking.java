package fr.capacite.web.organisation;

import fr.capacite.application.organisation.OrganisationDetail;
import fr.capacite.application.organisation.OrganisationForm;
import fr.capacite.application.organisation.OrganisationService;
import fr.capacite.application.organisation.SiteForm;
import fr.capacite.application.organisation.lieux.LieuxParseResult;
import fr.capacite.application.referential.ReferentialService;
import fr.capacite.application.referential.VersionSummary;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /organisation/edit.xhtml?id=N}: one organisation (or a new one, for administrators), its
 * Qualiopi certificate, sites, members and exam-centre approvals. The server decides what the
 * caller may see and change; an id of another organisation is a 404.
 */
@Named
@ViewScoped
public class OrganisationEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OrganisationService organisations;
  @EJB private ReferentialService referential;
  @EJB private fr.capacite.application.cohort.CohortService cohortService;

  @EJB private fr.capacite.application.cohort.lheo.OfferService offers;

  private List<fr.capacite.application.cohort.CohortSummary> cohorts;

  /** What the LHÉO export would leave out, checked once per view. */
  private List<fr.capacite.application.cohort.lheo.OfferService.LeftOut> offerLeftOut;

  /** Why no LHÉO document can be made now (message key), or null. */
  private String offerProblem;

  private boolean offerChecked;

  private Long id;
  private OrganisationDetail detail;
  private List<VersionSummary> versions;

  // Identity and Qualiopi form
  private String name;
  private String siret;
  private String nda;
  private String qualiopiNumber;
  private String qualiopiCertifier;
  private LocalDate qualiopiFrom;
  private LocalDate qualiopiUntil;

  // Site dialog
  private Long siteId;
  private long siteVersion;
  private String siteName;
  private String siteAddress;
  private String sitePostalCode;
  private String siteCity;
  private boolean siteAccessible;
  private boolean siteItinerant;
  private String siteReferentName;
  private String siteReferentEmail;

  // Members and approvals
  private String memberUsername;
  private Long approvalVersionId;
  private Long approvalSiteId;
  private String approvalReference;
  private LocalDate approvalFrom;
  private LocalDate approvalUntil;

  /** Largest lieux file accepted (13k places of the national file weigh about 10 MB). */
  static final long MAX_LIEUX_BYTES = 20L * 1024 * 1024;

  private transient Part lieuxFile;
  private LieuxParseResult lieuxPreview;

  /** Reads the chosen lieux file and shows what would be imported; nothing is written yet. */
  public void previewLieux() throws IOException {
    lieuxPreview = null;
    if (lieuxFile == null || lieuxFile.getSize() == 0) {
      Messages.error("organisation.lieux.noFile");
      return;
    }
    if (lieuxFile.getSize() > MAX_LIEUX_BYTES) {
      Messages.error("organisation.lieux.tooLarge", MAX_LIEUX_BYTES / (1024 * 1024));
      return;
    }
    String name =
        lieuxFile.getSubmittedFileName() == null
            ? "lieux.csv"
            : java.nio.file.Path.of(lieuxFile.getSubmittedFileName()).getFileName().toString();
    try (var in = lieuxFile.getInputStream()) {
      lieuxPreview = organisations.previewLieux(id, in, name);
    }
  }

  /** Imports the valid rows of the previewed file, after the user confirmed. */
  public void importLieux() {
    if (lieuxPreview == null || lieuxPreview.valid().isEmpty()) {
      return;
    }
    int n = organisations.importLieux(id, lieuxPreview.valid());
    Messages.info("organisation.lieux.imported", n);
    lieuxPreview = null;
    reload();
  }

  public void cancelLieux() {
    lieuxPreview = null;
  }

  public LieuxParseResult getLieuxPreview() {
    return lieuxPreview;
  }

  public Part getLieuxFile() {
    return lieuxFile;
  }

  public void setLieuxFile(Part lieuxFile) {
    this.lieuxFile = lieuxFile;
  }

  /** f:viewAction. */
  private void checkOffer() {
    if (offerChecked || id == null) {
      return;
    }
    offerChecked = true;
    try {
      var check = offers.check(id);
      offerLeftOut = check.leftOut();
      offerProblem = check.problem();
    } catch (fr.capacite.application.shared.BusinessException e) {
      offerProblem = e.getMessageKey();
      offerLeftOut = List.of();
    }
  }

  public List<fr.capacite.application.cohort.lheo.OfferService.LeftOut> getOfferLeftOut() {
    checkOffer();
    return offerLeftOut;
  }

  public String getOfferProblem() {
    checkOffer();
    return offerProblem;
  }

  public void load() throws IOException {
    if (id == null) {
      return;
    }
    try {
      detail = organisations.getOrganisation(id);
    } catch (ObjectNotFoundException e) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "");
      fc.responseComplete();
      return;
    }
    OrganisationForm f = detail.form();
    name = f.name();
    siret = f.siret();
    nda = f.nda();
    qualiopiNumber = f.qualiopiNumber();
    qualiopiCertifier = f.qualiopiCertifier();
    qualiopiFrom = f.qualiopiFrom();
    qualiopiUntil = f.qualiopiUntil();
  }

  private OrganisationForm form() {
    return new OrganisationForm(
        name, siret, nda, qualiopiNumber, qualiopiCertifier, qualiopiFrom, qualiopiUntil);
  }

  public String save() {
    if (id == null) {
      long created = organisations.create(form());
      Messages.info("organisation.saved", name);
      return "/organisation/edit?faces-redirect=true&id=" + created;
    }
    organisations.update(id, detail.entityVersion(), form());
    Messages.info("organisation.saved", name);
    return "/organisation/edit?faces-redirect=true&id=" + id;
  }

  public void newSite() {
    siteId = null;
    siteVersion = 0;
    siteName = "";
    siteAddress = "";
    sitePostalCode = "";
    siteCity = "";
    siteAccessible = false;
    siteItinerant = false;
    siteReferentName = "";
    siteReferentEmail = "";
  }

  public void editSite(OrganisationDetail.SiteView s) {
    siteId = s.id();
    siteVersion = s.entityVersion();
    SiteForm f = s.form();
    siteName = f.name();
    siteAddress = f.address();
    sitePostalCode = f.postalCode();
    siteCity = f.city();
    siteAccessible = f.accessible();
    siteItinerant = f.itinerant();
    siteReferentName = f.referentName();
    siteReferentEmail = f.referentEmail();
  }

  public void saveSite() {
    organisations.saveSite(
        id,
        siteId,
        siteVersion,
        new SiteForm(
            siteName,
            siteAddress,
            sitePostalCode,
            siteCity,
            siteAccessible,
            siteItinerant,
            siteReferentName,
            siteReferentEmail));
    Messages.info("organisation.site.saved", siteName);
    reload();
  }

  public void deleteSite(long site) {
    organisations.deleteSite(id, site);
    Messages.info("organisation.site.deleted");
    reload();
  }

  public void addMember() {
    organisations.addMember(id, memberUsername);
    Messages.info("organisation.member.added", memberUsername);
    memberUsername = null;
    reload();
  }

  public void removeMember(String username) {
    organisations.removeMember(id, username);
    Messages.info("organisation.member.removed", username);
    reload();
  }

  public void addApproval() {
    organisations.addApproval(
        id, approvalVersionId, approvalSiteId, approvalReference, approvalFrom, approvalUntil);
    Messages.info("organisation.approval.saved");
    approvalReference = null;
    reload();
  }

  public void removeApproval(long approval) {
    organisations.removeApproval(id, approval);
    Messages.info("organisation.approval.removed");
    reload();
  }

  private void reload() {
    detail = organisations.getOrganisation(id);
  }

  private List<fr.capacite.application.organisation.TrainerView> trainers;
  private Long trainerId;
  private long trainerVersion;
  private fr.capacite.domain.organisation.TitleHeld trainerTitle =
      fr.capacite.domain.organisation.TitleHeld.NONE;
  private Integer trainerYears;
  private String trainerModules;

  /** The organisation's trainers with their qualifications (read once per view). */
  public List<fr.capacite.application.organisation.TrainerView> getTrainers() {
    if (trainers == null) {
      trainers = id == null ? List.of() : organisations.listTrainers(id);
    }
    return trainers;
  }

  public void editTrainer(fr.capacite.application.organisation.TrainerView t) {
    trainerId = t.userId();
    trainerVersion = t.entityVersion();
    trainerTitle = t.titleHeld();
    trainerYears = t.yearsOfExperience();
    trainerModules = String.join("\n", t.modules());
  }

  public void saveTrainer() {
    organisations.saveTrainerProfile(
        id,
        trainerId,
        trainerVersion,
        trainerTitle,
        trainerYears == null ? 0 : trainerYears,
        trainerModules == null ? List.of() : List.of(trainerModules.split("\\R")));
    Messages.info("organisation.trainer.saved");
    trainers = null;
  }

  public fr.capacite.domain.organisation.TitleHeld[] getTitles() {
    return fr.capacite.domain.organisation.TitleHeld.values();
  }

  public fr.capacite.domain.organisation.TitleHeld getTrainerTitle() {
    return trainerTitle;
  }

  public void setTrainerTitle(fr.capacite.domain.organisation.TitleHeld trainerTitle) {
    this.trainerTitle = trainerTitle;
  }

  public Integer getTrainerYears() {
    return trainerYears;
  }

  public void setTrainerYears(Integer trainerYears) {
    this.trainerYears = trainerYears;
  }

  public String getTrainerModules() {
    return trainerModules;
  }

  public void setTrainerModules(String trainerModules) {
    this.trainerModules = trainerModules;
  }

  /** The organisation's cohorts (read once per view). */
  public List<fr.capacite.application.cohort.CohortSummary> getCohorts() {
    if (cohorts == null) {
      cohorts = id == null ? List.of() : cohortService.listCohorts(id);
    }
    return cohorts;
  }

  /** Title versions an approval can cover (read once per view). */
  public List<VersionSummary> getVersions() {
    if (versions == null) {
      versions = referential.listVersions();
    }
    return versions;
  }

  public boolean isNew() {
    return id == null;
  }

  public OrganisationDetail getDetail() {
    return detail;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSiret() {
    return siret;
  }

  public void setSiret(String siret) {
    this.siret = siret;
  }

  public String getNda() {
    return nda;
  }

  public void setNda(String nda) {
    this.nda = nda;
  }

  public String getQualiopiNumber() {
    return qualiopiNumber;
  }

  public void setQualiopiNumber(String qualiopiNumber) {
    this.qualiopiNumber = qualiopiNumber;
  }

  public String getQualiopiCertifier() {
    return qualiopiCertifier;
  }

  public void setQualiopiCertifier(String qualiopiCertifier) {
    this.qualiopiCertifier = qualiopiCertifier;
  }

  public LocalDate getQualiopiFrom() {
    return qualiopiFrom;
  }

  public void setQualiopiFrom(LocalDate qualiopiFrom) {
    this.qualiopiFrom = qualiopiFrom;
  }

  public LocalDate getQualiopiUntil() {
    return qualiopiUntil;
  }

  public void setQualiopiUntil(LocalDate qualiopiUntil) {
    this.qualiopiUntil = qualiopiUntil;
  }

  public String getSiteName() {
    return siteName;
  }

  public void setSiteName(String siteName) {
    this.siteName = siteName;
  }

  public String getSiteAddress() {
    return siteAddress;
  }

  public void setSiteAddress(String siteAddress) {
    this.siteAddress = siteAddress;
  }

  public String getSitePostalCode() {
    return sitePostalCode;
  }

  public void setSitePostalCode(String sitePostalCode) {
    this.sitePostalCode = sitePostalCode;
  }

  public String getSiteCity() {
    return siteCity;
  }

  public void setSiteCity(String siteCity) {
    this.siteCity = siteCity;
  }

  public boolean isSiteAccessible() {
    return siteAccessible;
  }

  public void setSiteAccessible(boolean siteAccessible) {
    this.siteAccessible = siteAccessible;
  }

  public boolean isSiteItinerant() {
    return siteItinerant;
  }

  public void setSiteItinerant(boolean siteItinerant) {
    this.siteItinerant = siteItinerant;
  }

  public String getSiteReferentName() {
    return siteReferentName;
  }

  public void setSiteReferentName(String siteReferentName) {
    this.siteReferentName = siteReferentName;
  }

  public String getSiteReferentEmail() {
    return siteReferentEmail;
  }

  public void setSiteReferentEmail(String siteReferentEmail) {
    this.siteReferentEmail = siteReferentEmail;
  }

  public String getMemberUsername() {
    return memberUsername;
  }

  public void setMemberUsername(String memberUsername) {
    this.memberUsername = memberUsername;
  }

  public Long getApprovalVersionId() {
    return approvalVersionId;
  }

  public void setApprovalVersionId(Long approvalVersionId) {
    this.approvalVersionId = approvalVersionId;
  }

  public Long getApprovalSiteId() {
    return approvalSiteId;
  }

  public void setApprovalSiteId(Long approvalSiteId) {
    this.approvalSiteId = approvalSiteId;
  }

  public String getApprovalReference() {
    return approvalReference;
  }

  public void setApprovalReference(String approvalReference) {
    this.approvalReference = approvalReference;
  }

  public LocalDate getApprovalFrom() {
    return approvalFrom;
  }

  public void setApprovalFrom(LocalDate approvalFrom) {
    this.approvalFrom = approvalFrom;
  }

  public LocalDate getApprovalUntil() {
    return approvalUntil;
  }

  public void setApprovalUntil(LocalDate approvalUntil) {
    this.approvalUntil = approvalUntil;
  }
}
