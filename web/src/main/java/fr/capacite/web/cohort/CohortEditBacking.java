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
import fr.capacite.domain.cohort.WithdrawalReason;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.shared.FrenchTime;
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
  @EJB private fr.capacite.application.cohort.ScheduleService schedule;
  @EJB private fr.capacite.application.cohort.AttendanceService attendance;

  @EJB private fr.capacite.application.cohort.SatisfactionService satisfaction;

  private java.util.Map<String, Double> attendedHours = java.util.Map.of();
  private fr.capacite.application.cohort.CohortSatisfaction satisfactionResults;

  // Schedule
  private List<fr.capacite.application.cohort.SessionView> sessions = List.of();
  private LocalDate sessionDay;
  private java.time.LocalTime sessionStart;
  private java.time.LocalTime sessionEnd;
  private Long sessionSiteId;
  private String sessionRoom;
  private Long sessionTrainerId;
  private String sessionTopic;
  private Modality sessionModality = Modality.ON_SITE;
  private LocalDate repeatUntil;
  private DayOfWeek[] repeatDays = new DayOfWeek[0];
  private Long movingId;
  private long withdrawingId;
  private WithdrawalReason withdrawalReason;
  private String withdrawalNote;
  private long movingVersion;

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

  // The offer in the public catalogue
  private boolean offerPublished;
  private java.math.BigDecimal offerPrice;
  private fr.capacite.domain.cohort.Funding[] offerFunding =
      new fr.capacite.domain.cohort.Funding[0];
  private String offerDetails;

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
        sessions = schedule.listSessions(id);
        attendedHours = attendance.attendedHours(id);
        satisfactionResults = satisfaction.results(id);
        CohortService.OfferForm offer = cohorts.offerOf(id);
        offerPublished = offer.published();
        offerPrice = offer.price();
        offerFunding = offer.funding().toArray(fr.capacite.domain.cohort.Funding[]::new);
        offerDetails = offer.details();
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

  /** Whether the cohort has ended (its end-of-training attestations exist). */
  public boolean isEnded() {
    return end != null && end.isBefore(FrenchTime.today());
  }

  /** Publishes, changes or withdraws the cohort's offer in the public catalogue. */
  public String saveOffer() {
    cohorts.describeOffer(
        id,
        detail.entityVersion(),
        new CohortService.OfferForm(
            offerPublished,
            offerPrice,
            Set.copyOf(java.util.Arrays.asList(offerFunding)),
            offerDetails));
    Messages.info(offerPublished ? "cohort.offer.saved" : "cohort.offer.withdrawn");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/cohort/edit?faces-redirect=true&id=" + id;
  }

  public fr.capacite.domain.cohort.Funding[] getFundings() {
    return fr.capacite.domain.cohort.Funding.values();
  }

  public boolean isOfferPublished() {
    return offerPublished;
  }

  public void setOfferPublished(boolean offerPublished) {
    this.offerPublished = offerPublished;
  }

  public java.math.BigDecimal getOfferPrice() {
    return offerPrice;
  }

  public void setOfferPrice(java.math.BigDecimal offerPrice) {
    this.offerPrice = offerPrice;
  }

  public fr.capacite.domain.cohort.Funding[] getOfferFunding() {
    return offerFunding;
  }

  public void setOfferFunding(fr.capacite.domain.cohort.Funding[] offerFunding) {
    this.offerFunding =
        offerFunding == null ? new fr.capacite.domain.cohort.Funding[0] : offerFunding;
  }

  public String getOfferDetails() {
    return offerDetails;
  }

  public void setOfferDetails(String offerDetails) {
    this.offerDetails = offerDetails;
  }

  /** Adds the session, repeated every chosen weekday until the end date when one is given. */
  public void addSessions() {
    var form =
        new fr.capacite.application.cohort.SessionForm(
            sessionDay,
            sessionStart,
            sessionEnd,
            sessionSiteId,
            sessionRoom,
            sessionTrainerId,
            sessionTopic,
            sessionModality);
    int n = schedule.addSessions(id, form, repeatUntil, days(repeatDays)).size();
    Messages.info("schedule.added", n);
    sessions = schedule.listSessions(id);
  }

  public void deleteSession(long sessionId) {
    schedule.deleteSession(id, sessionId);
    Messages.info("schedule.deleted");
    sessions = schedule.listSessions(id);
  }

  /** Opens the move form on a session, with its current slot. */
  public void prepareMove(fr.capacite.application.cohort.SessionView s) {
    movingId = s.id();
    movingVersion = s.entityVersion();
    sessionDay = s.day();
    sessionStart = s.start();
    sessionEnd = s.end();
  }

  public void moveSession() {
    schedule.moveSession(id, movingId, movingVersion, sessionDay, sessionStart, sessionEnd);
    Messages.info("schedule.moved");
    movingId = null;
    sessions = schedule.listSessions(id);
  }

  /** The parts of a cohort's page, each a tab with its own address ({@code ?tab=}). */
  static final List<String> TABS =
      List.of("plan", "sessions", "enrolments", "applications", "satisfaction");

  private String tab = "plan";

  /** The tabs the caller may open: applications are the managers'. */
  public List<String> getTabs() {
    var ec = FacesContext.getCurrentInstance().getExternalContext();
    boolean manager = ec.isUserInRole("ADMIN") || ec.isUserInRole("ORG_MANAGER");
    return TABS.stream().filter(t -> manager || !t.equals("applications")).toList();
  }

  public String getTab() {
    return tab;
  }

  /** An unknown tab in the address opens the first one. */
  public void setTab(String tab) {
    this.tab = getTabs().contains(tab) ? tab : "plan";
  }

  /** Suggestions while the manager types a learner's name, e-mail or user name. */
  public List<String> suggestLearners(String typed) {
    return cohorts.learnerSuggestions(id, typed).stream()
        .map(c -> c.name() + " <" + c.email() + "> (" + c.username() + ")")
        .toList();
  }

  /** The user name inside a chosen suggestion "Name <e-mail> (username)", or what was typed. */
  static String usernameOf(String chosen) {
    if (chosen == null) {
      return null;
    }
    var m = java.util.regex.Pattern.compile("\\(([^()\\s]+)\\)\\s*$").matcher(chosen.strip());
    return m.find() ? m.group(1) : chosen.strip();
  }

  public void enrol() {
    learner = usernameOf(learner);
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

  /** Opens the withdrawal dialog for one learner. */
  public void prepareWithdrawal(long enrolmentId) {
    withdrawingId = enrolmentId;
    withdrawalReason = null;
    withdrawalNote = null;
  }

  public void withdraw() {
    cohorts.withdraw(id, withdrawingId, withdrawalReason, withdrawalNote);
    Messages.info("cohort.enrolment.withdrawn");
    detail = cohorts.getCohort(id);
  }

  public WithdrawalReason[] getWithdrawalReasons() {
    return WithdrawalReason.values();
  }

  public WithdrawalReason getWithdrawalReason() {
    return withdrawalReason;
  }

  public void setWithdrawalReason(WithdrawalReason withdrawalReason) {
    this.withdrawalReason = withdrawalReason;
  }

  public String getWithdrawalNote() {
    return withdrawalNote;
  }

  public void setWithdrawalNote(String withdrawalNote) {
    this.withdrawalNote = withdrawalNote;
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

  /** Hours of certified presence of a learner, against the path's planned hours. */
  public String attended(String username) {
    double h = attendedHours.getOrDefault(username, 0.0);
    return h == Math.rint(h)
        ? String.valueOf((long) h)
        : String.format(java.util.Locale.ROOT, "%.1f", h);
  }

  public List<fr.capacite.application.cohort.SessionView> getSessions() {
    return sessions;
  }

  public LocalDate getSessionDay() {
    return sessionDay;
  }

  public void setSessionDay(LocalDate sessionDay) {
    this.sessionDay = sessionDay;
  }

  public java.time.LocalTime getSessionStart() {
    return sessionStart;
  }

  public void setSessionStart(java.time.LocalTime sessionStart) {
    this.sessionStart = sessionStart;
  }

  public java.time.LocalTime getSessionEnd() {
    return sessionEnd;
  }

  public void setSessionEnd(java.time.LocalTime sessionEnd) {
    this.sessionEnd = sessionEnd;
  }

  public Long getSessionSiteId() {
    return sessionSiteId;
  }

  public void setSessionSiteId(Long sessionSiteId) {
    this.sessionSiteId = sessionSiteId;
  }

  public String getSessionRoom() {
    return sessionRoom;
  }

  public void setSessionRoom(String sessionRoom) {
    this.sessionRoom = sessionRoom;
  }

  public Long getSessionTrainerId() {
    return sessionTrainerId;
  }

  public void setSessionTrainerId(Long sessionTrainerId) {
    this.sessionTrainerId = sessionTrainerId;
  }

  public String getSessionTopic() {
    return sessionTopic;
  }

  public void setSessionTopic(String sessionTopic) {
    this.sessionTopic = sessionTopic;
  }

  public Modality getSessionModality() {
    return sessionModality;
  }

  public void setSessionModality(Modality sessionModality) {
    this.sessionModality = sessionModality;
  }

  public LocalDate getRepeatUntil() {
    return repeatUntil;
  }

  public void setRepeatUntil(LocalDate repeatUntil) {
    this.repeatUntil = repeatUntil;
  }

  public DayOfWeek[] getRepeatDays() {
    return repeatDays.clone();
  }

  public void setRepeatDays(DayOfWeek[] repeatDays) {
    this.repeatDays = repeatDays == null ? new DayOfWeek[0] : repeatDays.clone();
  }

  public Long getMovingId() {
    return movingId;
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

  public fr.capacite.application.cohort.CohortSatisfaction getSatisfactionResults() {
    return satisfactionResults;
  }

  public List<fr.capacite.domain.cohort.SatisfactionQuestion> getQuestions() {
    return List.of(fr.capacite.domain.cohort.SatisfactionQuestion.values());
  }
}
