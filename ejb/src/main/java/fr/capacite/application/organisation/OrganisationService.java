package fr.capacite.application.organisation;

import fr.capacite.application.organisation.OrganisationDetail.ApprovalView;
import fr.capacite.application.organisation.OrganisationDetail.SiteView;
import fr.capacite.application.organisation.lieux.Lieu;
import fr.capacite.application.organisation.lieux.LieuxCsvParser;
import fr.capacite.application.organisation.lieux.LieuxCsvWriter;
import fr.capacite.application.organisation.lieux.LieuxParseResult;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.ExamCentreApproval;
import fr.capacite.domain.organisation.Siret;
import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.organisation.TitleHeld;
import fr.capacite.domain.organisation.TrainerProfile;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Organisations, their sites and approvals. Administrators see and manage all of them; managers
 * edit their own; trainers read their own. Ownership is checked here, on every call: an
 * organisation the caller is not a member of does not exist for them.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
public class OrganisationService {

  @PersistenceContext private EntityManager em;
  @EJB private AuditService audit;
  @EJB private OrganisationAccess access;

  private final Clock clock = Clock.systemDefaultZone();

  public PageSlice<OrganisationSummary> search(String query, int first, int size) {
    String q =
        query == null || query.isBlank() ? "" : "%" + query.trim().toLowerCase(Locale.ROOT) + "%";
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    boolean all = access.isAdmin();
    var items =
        em.createNamedQuery(
                all ? "TrainingOrganisation.search" : "TrainingOrganisation.searchForMember",
                TrainingOrganisation.class)
            .setParameter("q", q);
    var count =
        em.createNamedQuery(
                all
                    ? "TrainingOrganisation.countSearch"
                    : "TrainingOrganisation.countSearchForMember",
                Long.class)
            .setParameter("q", q);
    if (!all) {
      items.setParameter("username", access.caller());
      count.setParameter("username", access.caller());
    }
    LocalDate today = LocalDate.now(clock);
    List<OrganisationSummary> rows =
        items.setFirstResult(f).setMaxResults(s).getResultList().stream()
            .map(o -> summary(o, today))
            .toList();
    return new PageSlice<>(rows, count.getSingleResult(), f, s);
  }

  /** The organisation with its sites and approvals, if the caller may see it. */
  public OrganisationDetail getOrganisation(long id) {
    TrainingOrganisation o = access.visible(id);
    List<SiteView> sites =
        em
            .createNamedQuery("Site.findByOrganisation", Site.class)
            .setParameter("organisation", o)
            .getResultList()
            .stream()
            .map(OrganisationService::siteView)
            .toList();
    List<ApprovalView> approvals =
        em
            .createNamedQuery("ExamCentreApproval.findByOrganisation", ExamCentreApproval.class)
            .setParameter("organisation", o)
            .getResultList()
            .stream()
            .map(
                a ->
                    new ApprovalView(
                        a.getId(),
                        a.getCertificationVersion().getCode(),
                        a.getCertificationVersion().getTitle(),
                        a.getSite().getName(),
                        a.getReference(),
                        a.getValidFrom(),
                        a.getValidUntil()))
            .toList();
    List<String> members = o.getMembers().stream().map(User::getUsername).sorted().toList();
    return new OrganisationDetail(
        o.getId(),
        o.getVersion(),
        form(o),
        o.qualiopiStatusOn(LocalDate.now(clock)),
        sites,
        approvals,
        members);
  }

  @RolesAllowed(Role.Names.ADMIN)
  public long create(@NotNull @Valid OrganisationForm form) {
    String siret = checkSiret(form.siret(), null);
    TrainingOrganisation o = new TrainingOrganisation(form.name(), siret);
    apply(o, form);
    em.persist(o);
    em.flush();
    audit.recordWithChange(
        AuditKind.ORGANISATION_CHANGED, access.caller(), "organisation:" + o.getSiret(), "created");
    return o.getId();
  }

  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void update(long id, long expectedVersion, @NotNull @Valid OrganisationForm form) {
    TrainingOrganisation o = access.managed(id);
    if (o.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    o.changeSiret(checkSiret(form.siret(), o.getId()));
    o.rename(form.name());
    apply(o, form);
    flush();
    audit.recordWithChange(
        AuditKind.ORGANISATION_CHANGED, access.caller(), "organisation:" + o.getSiret(), "updated");
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void addMember(long id, String username) {
    TrainingOrganisation o = access.visible(id);
    User u =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter(
                "username", username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("organisation.member.unknown", username));
    if (!u.hasRole(Role.ORG_MANAGER) && !u.hasRole(Role.TRAINER)) {
      throw new InvalidInputException("organisation.member.wrongRole", u.getUsername());
    }
    o.addMember(u);
    audit.recordWithChange(
        AuditKind.ORGANISATION_CHANGED,
        access.caller(),
        "organisation:" + o.getSiret(),
        "member " + u.getUsername() + " added");
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void removeMember(long id, String username) {
    TrainingOrganisation o = access.visible(id);
    o.getMembers().stream()
        .filter(u -> u.getUsername().equals(username))
        .findFirst()
        .ifPresent(o::removeMember);
    audit.recordWithChange(
        AuditKind.ORGANISATION_CHANGED,
        access.caller(),
        "organisation:" + o.getSiret(),
        "member " + username + " removed");
  }

  /** Creates the site when {@code siteId} is null, else updates it (guarded by its version). */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public long saveSite(
      long organisationId, Long siteId, long expectedVersion, @NotNull @Valid SiteForm form) {
    TrainingOrganisation o = access.managed(organisationId);
    Site site;
    if (siteId == null) {
      site = new Site(o, form.name());
    } else {
      site = siteOf(o, siteId);
      if (site.getVersion() != expectedVersion) {
        throw new ConcurrentEditException();
      }
    }
    site.describe(
        form.name().trim(),
        form.address().trim(),
        form.postalCode().trim(),
        form.city().trim(),
        form.accessible(),
        form.itinerant(),
        blankToNull(form.referentName()),
        blankToNull(form.referentEmail()));
    if (siteId == null) {
      // Persist once described: Bean Validation runs at persist time.
      em.persist(site);
    }
    flush();
    audit.recordWithChange(
        AuditKind.ORGANISATION_CHANGED,
        access.caller(),
        "organisation:" + o.getSiret(),
        "site " + site.getName() + " saved");
    return site.getId();
  }

  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void deleteSite(long organisationId, long siteId) {
    TrainingOrganisation o = access.managed(organisationId);
    Site site = siteOf(o, siteId);
    long approvals =
        em.createQuery("SELECT COUNT(a) FROM ExamCentreApproval a WHERE a.site = :site", Long.class)
            .setParameter("site", site)
            .getSingleResult();
    if (approvals > 0) {
      throw new InvalidInputException("organisation.site.inUse", site.getName());
    }
    em.remove(site);
    audit.recordWithChange(
        AuditKind.ORGANISATION_CHANGED,
        access.caller(),
        "organisation:" + o.getSiret(),
        "site " + site.getName() + " deleted");
  }

  @RolesAllowed(Role.Names.ADMIN)
  public long addApproval(
      long organisationId,
      long versionId,
      long siteId,
      String reference,
      @NotNull LocalDate from,
      @NotNull LocalDate until) {
    TrainingOrganisation o = access.visible(organisationId);
    Site site = siteOf(o, siteId);
    CertificationVersion version = em.find(CertificationVersion.class, versionId);
    if (version == null) {
      throw new ObjectNotFoundException("version", versionId);
    }
    if (until.isBefore(from)) {
      throw new InvalidInputException("organisation.approval.badPeriod");
    }
    var limit = ExamCentreApproval.latestEnd(version);
    if (limit.isPresent() && until.isAfter(limit.get())) {
      throw new InvalidInputException(
          "organisation.approval.beyondVersion", version.getCode(), limit.get());
    }
    ExamCentreApproval a =
        new ExamCentreApproval(o, version, site, blankToNull(reference), from, until);
    em.persist(a);
    em.flush();
    audit.recordWithChange(
        AuditKind.ORGANISATION_CHANGED,
        access.caller(),
        "organisation:" + o.getSiret(),
        "approval " + version.getCode() + " at " + site.getName());
    return a.getId();
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void removeApproval(long organisationId, long approvalId) {
    TrainingOrganisation o = access.visible(organisationId);
    ExamCentreApproval a = em.find(ExamCentreApproval.class, approvalId);
    if (a == null || !a.getOrganisation().getId().equals(o.getId())) {
      throw new ObjectNotFoundException("approval", approvalId);
    }
    em.remove(a);
    audit.recordWithChange(
        AuditKind.ORGANISATION_CHANGED,
        access.caller(),
        "organisation:" + o.getSiret(),
        "approval removed");
  }

  /** The organisation's trainers and their qualifications (Qualiopi indicators 21–22). */
  public List<TrainerView> listTrainers(long organisationId) {
    TrainingOrganisation o = access.visible(organisationId);
    List<User> trainers =
        o.getMembers().stream()
            .filter(u -> u.hasRole(Role.TRAINER))
            .sorted(java.util.Comparator.comparing(User::getUsername))
            .toList();
    java.util.Map<Long, TrainerProfile> profiles = new java.util.HashMap<>();
    if (!trainers.isEmpty()) {
      em.createNamedQuery("TrainerProfile.findByUsers", TrainerProfile.class)
          .setParameter("users", trainers)
          .getResultList()
          .forEach(p -> profiles.put(p.getUser().getId(), p));
    }
    return trainers.stream()
        .map(
            u -> {
              TrainerProfile p = profiles.get(u.getId());
              return p == null
                  ? new TrainerView(
                      u.getId(),
                      u.getUsername(),
                      u.getDisplayName(),
                      TitleHeld.NONE,
                      0,
                      List.of(),
                      -1)
                  : new TrainerView(
                      u.getId(),
                      u.getUsername(),
                      u.getDisplayName(),
                      p.getTitleHeld(),
                      p.getYearsOfExperience(),
                      p.moduleList(),
                      p.getVersion());
            })
        .toList();
  }

  /**
   * Records a trainer member's qualifications; {@code expectedVersion} is -1 for a first record.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void saveTrainerProfile(
      long organisationId,
      long userId,
      long expectedVersion,
      @NotNull TitleHeld title,
      int years,
      List<String> modules) {
    TrainingOrganisation o = access.managed(organisationId);
    User trainer =
        o.getMembers().stream()
            .filter(u -> u.getId() == userId && u.hasRole(Role.TRAINER))
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("trainer", userId));
    TrainerProfile p =
        em.createNamedQuery("TrainerProfile.findByUser", TrainerProfile.class)
            .setParameter("user", trainer)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (p == null ? expectedVersion != -1 : p.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    if (years < 0 || years > 60) {
      throw new InvalidInputException("organisation.trainer.badYears");
    }
    if (p == null) {
      p = new TrainerProfile(trainer);
      p.qualify(title, years, modules == null ? List.of() : modules);
      em.persist(p);
    } else {
      p.qualify(title, years, modules == null ? List.of() : modules);
    }
    flush();
    audit.recordWithChange(
        AuditKind.ORGANISATION_CHANGED,
        access.caller(),
        "organisation:" + o.getSiret(),
        "trainer " + trainer.getUsername() + " qualifications");
  }

  /** Reads a lieux file for this organisation's sites; nothing is written. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public LieuxParseResult previewLieux(
      long organisationId, @NotNull InputStream csv, String fileName) {
    access.managed(organisationId);
    return LieuxCsvParser.parse(csv, fileName);
  }

  /**
   * Imports the valid rows the user confirmed, in one transaction: a row whose id matches a site of
   * this organisation updates it, any other row creates a site. Returns the number of sites.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public int importLieux(long organisationId, @NotNull List<Lieu> lieux) {
    TrainingOrganisation o = access.managed(organisationId);
    for (Lieu l : lieux) {
      Site site =
          em.createNamedQuery("Site.findByLieuId", Site.class)
              .setParameter("organisation", o)
              .setParameter("lieuId", l.id())
              .getResultStream()
              .findFirst()
              .orElse(null);
      boolean created = site == null;
      if (created) {
        site = new Site(o, l.name());
      }
      Site s = site;
      s.describe(
          truncate(l.name(), Site.NAME_MAX),
          truncate(l.address(), 300),
          l.postalCode(),
          truncate(l.city(), 120),
          l.accessible(),
          l.itinerant(),
          s.getReferentName(),
          s.getReferentEmail());
      s.describeAsLieu(
          l.id(),
          l.latitude(),
          l.longitude(),
          truncate(l.services(), 1000),
          truncate(l.specificSupport(), 500),
          truncate(l.openingHours(), 500),
          l.updated());
      if (created) {
        em.persist(s);
      }
    }
    flush();
    audit.recordWithChange(
        AuditKind.ORGANISATION_CHANGED,
        access.caller(),
        "organisation:" + o.getSiret(),
        lieux.size() + " site(s) imported");
    return lieux.size();
  }

  /** This organisation's sites as a lieux CSV (schema v1.0.2). */
  public String exportLieux(long organisationId) {
    TrainingOrganisation o = access.visible(organisationId);
    LocalDate today = LocalDate.now(clock);
    List<LieuxCsvWriter.Row> rows =
        em
            .createNamedQuery("Site.findByOrganisation", Site.class)
            .setParameter("organisation", o)
            .getResultList()
            .stream()
            .map(
                s ->
                    new LieuxCsvWriter.Row(
                        s.getLieuId() != null ? s.getLieuId() : "capacite-site-" + s.getId(),
                        o.getSiret(),
                        s.getName(),
                        s.getCity(),
                        s.getPostalCode(),
                        s.getAddress(),
                        s.getLatitude(),
                        s.getLongitude(),
                        s.isItinerant(),
                        s.getServices(),
                        withMotorSupport(s.getSpecificSupport(), s.isAccessible()),
                        s.getOpeningHours(),
                        s.getUpdatedOn() != null ? s.getUpdatedOn() : today))
            .toList();
    StringWriter out = new StringWriter();
    LieuxCsvWriter.write(rows, out);
    return out.toString();
  }

  /** An accessible site offers support for motor disabilities in the schema's terms. */
  static String withMotorSupport(String support, boolean accessible) {
    if (!accessible) {
      return support;
    }
    if (support == null || support.isBlank()) {
      return Lieu.MOTOR_DISABILITIES;
    }
    return java.util.Arrays.asList(support.split("\\|")).contains(Lieu.MOTOR_DISABILITIES)
        ? support
        : support + "|" + Lieu.MOTOR_DISABILITIES;
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private void apply(TrainingOrganisation o, OrganisationForm form) {
    try {
      o.changeNda(form.nda());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("organisation.nda.invalid");
    }
    if (form.qualiopiFrom() != null
        && form.qualiopiUntil() != null
        && form.qualiopiUntil().isBefore(form.qualiopiFrom())) {
      throw new InvalidInputException("organisation.qualiopi.badPeriod");
    }
    o.certify(
        blankToNull(form.qualiopiNumber()),
        blankToNull(form.qualiopiCertifier()),
        form.qualiopiFrom(),
        form.qualiopiUntil());
  }

  private String checkSiret(String raw, Long self) {
    if (!Siret.isValid(raw)) {
      throw new InvalidInputException("organisation.siret.invalid");
    }
    String siret = Siret.normalise(raw);
    boolean taken =
        em.createNamedQuery("TrainingOrganisation.findBySiret", TrainingOrganisation.class)
            .setParameter("siret", siret)
            .getResultStream()
            .anyMatch(other -> !other.getId().equals(self));
    if (taken) {
      throw new InvalidInputException("organisation.siret.taken", siret);
    }
    return siret;
  }

  private Site siteOf(TrainingOrganisation o, long siteId) {
    Site s = em.find(Site.class, siteId);
    if (s == null || !s.getOrganisation().getId().equals(o.getId())) {
      throw new ObjectNotFoundException("site", siteId);
    }
    return s;
  }

  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentEditException();
    }
  }

  private static OrganisationSummary summary(TrainingOrganisation o, LocalDate today) {
    return new OrganisationSummary(
        o.getId(),
        o.getName(),
        o.getSiret(),
        o.getNda(),
        o.getQualiopiValidUntil(),
        o.qualiopiStatusOn(today));
  }

  private static OrganisationForm form(TrainingOrganisation o) {
    return new OrganisationForm(
        o.getName(),
        o.getSiret(),
        o.getNda(),
        o.getQualiopiNumber(),
        o.getQualiopiCertifier(),
        o.getQualiopiValidFrom(),
        o.getQualiopiValidUntil());
  }

  private static SiteView siteView(Site s) {
    return new SiteView(
        s.getId(),
        s.getVersion(),
        new SiteForm(
            s.getName(),
            s.getAddress(),
            s.getPostalCode(),
            s.getCity(),
            s.isAccessible(),
            s.isItinerant(),
            s.getReferentName(),
            s.getReferentEmail()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
