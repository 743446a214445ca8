package fr.capacite.web.cohort;

import fr.capacite.application.cohort.CohortDetail;
import fr.capacite.application.cohort.CohortForm;
import fr.capacite.application.cohort.CohortService;
import fr.capacite.application.cohort.EnrolmentOutcome;
import fr.capacite.application.organisation.OrganisationDetail;
import fr.capacite.application.organisation.OrganisationService;
import fr.capacite.application.referential.ReferentialService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.cohort.Modality;
import fr.capacite.domain.cohort.Programme;
import fr.capacite.domain.referential.Block;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /cohort/edit.xhtml?id=N} (or {@code ?organisation=N} for a new cohort): the cohort's plan,
 * and its enrolments with the waiting list. Ownership is checked by the services.
 */
@Named
@ViewScoped
public class CohortEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A choice in a select list. */
  public record Choice(long id, String label) implements Serializable {}

  @EJB private CohortService cohorts;
  @EJB private OrganisationService organisations;
  @EJB private ReferentialService referential;

  private Long id;
  private Long organisationId;
  private CohortDetail detail;
  private OrganisationDetail organisation;
  private List<Choice> programmes;
  private List<Choice> versions;
  private List<Choice> trainers;
  private List<Choice> blocks = List.of();

  // Plan form
  private String code;
  private String title;
  private Long programmeId;
  private Long versionId;
  private Long[] blockIds = new Long[0];
  private LocalDate start;
  private LocalDate end;
  private Integer maxSize;
  private Modality modality = Modality.ON_SITE;
  private Long mainSiteId;
  private Long[] trainerIds = new Long[0];
  private DayOfWeek[] organisationDays = new DayOfWeek[0];
  private DayOfWeek[] hostDays = new DayOfWeek[0];

  // Enrolment form
  private String learner;
  private Integer pathHours;
  private String positioningNote;
  private String ccp1Evidence;

  /** f:viewAction: loads the cohort, or the organisation a new cohort belongs to. */
  public void load() throws IOException {
    try {
      if (id != null) {
        detail = cohorts.getCohort(id);
        organisationId = detail.organisationId();
        CohortForm f = detail.form();
        code = f.code();
        title = f.title();
        programmeId = f.programmeId();
        versionId = f.versionId();
        blockIds = f.blockIds().toArray(Long[]::new);
        start = f.start();
        end = f.end();
        maxSize = f.maxSize();
        modality = f.modality();
        mainSiteId = f.mainSiteId();
        trainerIds = f.trainerIds().toArray(Long[]::new);
        organisationDays = f.organisationDays().toArray(DayOfWeek[]::new);
        hostDays = f.hostDays().toArray(DayOfWeek[]::new);
      }
      if (organisationId == null) {
        throw new ObjectNotFoundException("organisation", "");
      }
      organisation = organisations.getOrganisation(organisationId);
    } catch (ObjectNotFoundException e) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "");
      fc.responseComplete();
      return;
    }
    programmes =
        cohorts.listProgrammes().stream()
            .map(p -> new Choice(p.getId(), p.getTitle() + " (" + hours(p) + ")"))
            .toList();
    versions =
        referential.listVersions().stream()
            .map(v -> new Choice(v.id(), v.title() + " (" + v.code() + ")"))
            .toList();
    trainers =
        cohorts.listTrainers(organisationId).stream()
            .map(u -> new Choice(u.getId(), u.getDisplayName()))
            .toList();
    loadBlocks();
  }

  /** Ajax: the blocks offered follow the chosen title version. */
  public void loadBlocks() {
    blocks =
        versionId == null
            ? List.of()
            : referential.listBlocks(versionId).stream()
                .filter(b -> !b.isRetired())
                .map(b -> new Choice(b.getId(), label(b)))
                .toList();
  }

  public String save() {
    CohortForm form =
        new CohortForm(
            code,
            title,
            programmeId,
            versionId,
            Set.of(blockIds),
            start,
            end,
            maxSize == null ? 0 : maxSize,
            modality,
            mainSiteId,
            Set.of(trainerIds),
            days(organisationDays),
            days(hostDays));
    if (id == null) {
      long created = cohorts.createCohort(organisationId, form);
      Messages.info("cohort.saved", code);
      return "/cohort/edit?faces-redirect=true&id=" + created;
    }
    cohorts.updateCohort(id, detail.entityVersion(), form);
    Messages.info("cohort.saved", code);
    return "/cohort/edit?faces-redirect=true&id=" + id;
  }

  public void enrol() {
    EnrolmentOutcome outcome =
        cohorts.enrol(
            id, learner, pathHours == null ? 0 : pathHours, positioningNote, ccp1Evidence);
    if (outcome.status() == EnrolmentStatus.ENROLLED) {
      Messages.info("cohort.enrolment.enrolled", learner);
    } else {
      Messages.info("cohort.enrolment.waiting", learner, outcome.waitingRank());
    }
    learner = null;
    positioningNote = null;
    ccp1Evidence = null;
    detail = cohorts.getCohort(id);
  }

  public void withdraw(long enrolmentId) {
    cohorts.withdraw(id, enrolmentId);
    Messages.info("cohort.enrolment.withdrawn");
    detail = cohorts.getCohort(id);
  }

  /** A weekday in the viewer's language. */
  public String dayLabel(DayOfWeek day) {
    return day.getDisplayName(
        TextStyle.FULL, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public DayOfWeek[] getWeekdays() {
    return new DayOfWeek[] {
      DayOfWeek.MONDAY,
      DayOfWeek.TUESDAY,
      DayOfWeek.WEDNESDAY,
      DayOfWeek.THURSDAY,
      DayOfWeek.FRIDAY,
      DayOfWeek.SATURDAY
    };
  }

  public Modality[] getModalities() {
    return Modality.values();
  }

  private static Set<DayOfWeek> days(DayOfWeek[] days) {
    return days == null || days.length == 0
        ? EnumSet.noneOf(DayOfWeek.class)
        : EnumSet.copyOf(List.of(days));
  }

  private static String hours(Programme p) {
    StringBuilder s = new StringBuilder();
    p.getPathHours().forEach(h -> s.append(s.length() == 0 ? "" : " / ").append(h).append(" h"));
    if (p.getPlacementHours() > 0) {
      s.append(" + ").append(p.getPlacementHours()).append(" h");
    }
    return s.toString();
  }

  private static String label(Block b) {
    return b.getTitle() == null ? b.getCode() : b.getCode() + " — " + b.getTitle();
  }

  public boolean isNew() {
    return id == null;
  }

  public CohortDetail getDetail() {
    return detail;
  }

  public OrganisationDetail getOrganisation() {
    return organisation;
  }

  public List<Choice> getProgrammes() {
    return programmes;
  }

  public List<Choice> getVersions() {
    return versions;
  }

  public List<Choice> getTrainers() {
    return trainers;
  }

  public List<Choice> getBlocks() {
    return blocks;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getProgrammeId() {
    return programmeId;
  }

  public void setProgrammeId(Long programmeId) {
    this.programmeId = programmeId;
  }

  public Long getVersionId() {
    return versionId;
  }

  public void setVersionId(Long versionId) {
    this.versionId = versionId;
  }

  public Long[] getBlockIds() {
    return blockIds.clone();
  }

  public void setBlockIds(Long[] blockIds) {
    this.blockIds = blockIds == null ? new Long[0] : blockIds.clone();
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }

  public LocalDate getEnd() {
    return end;
  }

  public void setEnd(LocalDate end) {
    this.end = end;
  }

  public Integer getMaxSize() {
    return maxSize;
  }

  public void setMaxSize(Integer maxSize) {
    this.maxSize = maxSize;
  }

  public Modality getModality() {
    return modality;
  }

  public void setModality(Modality modality) {
    this.modality = modality;
  }

  public Long getMainSiteId() {
    return mainSiteId;
  }

  public void setMainSiteId(Long mainSiteId) {
    this.mainSiteId = mainSiteId;
  }

  public Long[] getTrainerIds() {
    return trainerIds.clone();
  }

  public void setTrainerIds(Long[] trainerIds) {
    this.trainerIds = trainerIds == null ? new Long[0] : trainerIds.clone();
  }

  public DayOfWeek[] getOrganisationDays() {
    return organisationDays.clone();
  }

  public void setOrganisationDays(DayOfWeek[] organisationDays) {
    this.organisationDays = organisationDays == null ? new DayOfWeek[0] : organisationDays.clone();
  }

  public DayOfWeek[] getHostDays() {
    return hostDays.clone();
  }

  public void setHostDays(DayOfWeek[] hostDays) {
    this.hostDays = hostDays == null ? new DayOfWeek[0] : hostDays.clone();
  }

  public String getLearner() {
    return learner;
  }

  public void setLearner(String learner) {
    this.learner = learner;
  }

  public Integer getPathHours() {
    return pathHours;
  }

  public void setPathHours(Integer pathHours) {
    this.pathHours = pathHours;
  }

  public String getPositioningNote() {
    return positioningNote;
  }

  public void setPositioningNote(String positioningNote) {
    this.positioningNote = positioningNote;
  }

  public String getCcp1Evidence() {
    return ccp1Evidence;
  }

  public void setCcp1Evidence(String ccp1Evidence) {
    this.ccp1Evidence = ccp1Evidence;
  }
}
