package fr.capacite.web.logbook;

import fr.capacite.application.logbook.LogbookService;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.domain.logbook.Approach;
import fr.capacite.domain.logbook.Autonomy;
import fr.capacite.domain.logbook.LogKind;
import fr.capacite.domain.logbook.LogOutcome;
import fr.capacite.domain.logbook.LogTheme;
import fr.capacite.domain.logbook.PlaceKind;
import fr.capacite.domain.logbook.PracticeEntry;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /logbook/index.xhtml}: a mediator logs an accompaniment in a few taps (the day, the kind
 * and the length come preset), corrects or deletes one, and reads their logbook, narrowed by
 * period, kind, theme or follow-up code, one page at a time.
 */
@Named
@ViewScoped
public class LogbookBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The lengths offered, as La Coop offers them (minutes). */
  public static final List<Integer> DURATIONS = List.of(15, 30, 45, 60, 90, 120, 180, 240);

  @EJB private LogbookService logbook;
  @EJB private fr.capacite.application.logbook.PracticeSharingService sharing;

  /** Invitations of structures waiting for an answer (the link to them says how many). */
  private long sharingWaiting;

  // The form.
  private Long editing;
  private long editingVersion;
  private LocalDate day;
  private LogKind kind;
  // Arrays, not lists: Faces converts each ticked value to the array's element type.
  private LogTheme[] themes;
  private LogTheme[] domains;
  private Integer minutes;
  private Integer participants;
  private PlaceKind place;
  private Approach approach;
  private Autonomy autonomyBefore;
  private Autonomy autonomyAfter;
  private LogOutcome outcome;
  private String followUpCode;
  private String note;
  private Long siteId;
  private Long[] competences;
  private List<LogbookService.CompetenceChoice> competenceChoices;

  // The mediator's sites, and the new one's form.
  private List<LogbookService.SiteView> sites;
  private String siteName;
  private String sitePostalCode;

  // The list's filter.
  private LocalDate from;
  private LocalDate to;
  private LogKind filterKind;
  private LogTheme filterTheme;
  private String filterCode;

  private PagedModel<LogbookService.EntryView> entries;

  // The import from La Coop's export.
  private transient jakarta.servlet.http.Part file;
  private LogbookService.ImportReport report;

  @PostConstruct
  void init() {
    sites = logbook.sites();
    competenceChoices = logbook.competenceChoices();
    sharingWaiting = sharing.waiting();
    reset();
    applyFilter();
  }

  public long getSharingWaiting() {
    return sharingWaiting;
  }

  /** The sites still open, offered for a new entry. */
  public List<LogbookService.SiteView> getOpenSites() {
    return sites.stream().filter(x -> !x.archived()).toList();
  }

  /** The sites offered in the form: the open ones, and the entry's own when it was closed since. */
  public List<LogbookService.SiteView> getSiteChoices() {
    return sites.stream()
        .filter(x -> !x.archived() || x.id() == (siteId == null ? -1 : siteId))
        .toList();
  }

  public void addSite() {
    try {
      long id = logbook.addSite(siteName, sitePostalCode);
      sites = logbook.sites();
      if (siteId == null) {
        siteId = id;
      }
      siteName = null;
      sitePostalCode = null;
      Messages.info("logbook.site.added");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Closes (or reopens) a site, as it was listed. */
  public void archiveSite(long id, long version, boolean archived) {
    try {
      logbook.archiveSite(id, version, archived);
      Messages.info(archived ? "logbook.site.archived" : "logbook.site.reopened");
    } catch (BusinessException e) {
      Messages.error(e);
    }
    sites = logbook.sites();
    if (!editing() && getOpenSites().stream().noneMatch(x -> siteId != null && x.id() == siteId)) {
      siteId = getOpenSites().isEmpty() ? null : getOpenSites().get(0).id();
    }
  }

  private boolean editing() {
    return editing != null;
  }

  /**
   * Reads the logbook again with the filter, from its first page (a new model: the table's rows of
   * the previous filter are not kept).
   */
  public void applyFilter() {
    LogbookService.Filter filter = filter();
    entries = new PagedModel<>((f, s) -> logbook.mine(filter, f, s), e -> e.id());
  }

  private LogbookService.Filter filter() {
    return new LogbookService.Filter(from, to, filterKind, filterTheme, filterCode);
  }

  /** A new entry: today, individual, half an hour, at the place of activity, done with. */
  private void reset() {
    editing = null;
    day = FrenchTime.today();
    kind = LogKind.INDIVIDUAL;
    themes = new LogTheme[0];
    domains = new LogTheme[0];
    minutes = 30;
    participants = 1;
    place = PlaceKind.ACTIVITY_SITE;
    approach = Approach.WITH;
    autonomyBefore = null;
    autonomyAfter = null;
    outcome = LogOutcome.SOLVED;
    followUpCode = null;
    note = null;
    List<LogbookService.SiteView> open = getOpenSites();
    siteId = open.isEmpty() ? null : open.get(0).id();
    suggest();
  }

  /**
   * Ticks the competences an accompaniment of this kind and themes illustrates (the mediator may
   * change them): asked again when the kind, the themes or the note change.
   */
  public void suggest() {
    Set<LogTheme> chosen = EnumSet.noneOf(LogTheme.class);
    chosen.addAll(themes == null ? List.of() : Arrays.asList(themes));
    chosen.addAll(domains == null ? List.of() : Arrays.asList(domains));
    competences =
        LogbookService.CompetenceChoice.suggested(
                competenceChoices, kind, chosen, note != null && !note.isBlank())
            .toArray(Long[]::new);
  }

  private PracticeEntry.Facts facts() {
    Set<LogTheme> chosen = EnumSet.noneOf(LogTheme.class);
    chosen.addAll(themes == null ? List.of() : Arrays.asList(themes));
    chosen.addAll(domains == null ? List.of() : Arrays.asList(domains));
    return new PracticeEntry.Facts(
        day,
        kind,
        chosen,
        minutes == null ? 0 : minutes,
        participants == null ? 0 : participants,
        place,
        approach,
        autonomyBefore,
        autonomyAfter,
        outcome,
        followUpCode,
        note);
  }

  public void save() {
    try {
      if (editing == null) {
        logbook.log(facts(), place == PlaceKind.ACTIVITY_SITE ? siteId : null, chosenCompetences());
        Messages.info("logbook.logged");
      } else {
        logbook.update(
            editing,
            editingVersion,
            facts(),
            place == PlaceKind.ACTIVITY_SITE ? siteId : null,
            chosenCompetences());
        Messages.info("logbook.updated");
      }
      LocalDate keep = day;
      reset();
      day = keep; // Several accompaniments of one day are logged one after the other.
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Puts an entry in the form to correct it. */
  public void edit(long id) {
    try {
      LogbookService.EntryView v = logbook.get(id);
      PracticeEntry.Facts f = v.facts();
      editing = v.id();
      editingVersion = v.version();
      day = f.day();
      kind = f.kind();
      themes = f.themes().stream().filter(t -> !t.administrative()).toArray(LogTheme[]::new);
      domains = f.themes().stream().filter(LogTheme::administrative).toArray(LogTheme[]::new);
      minutes = f.minutes();
      participants = f.participants();
      place = f.place();
      approach = f.approach();
      autonomyBefore = f.autonomyBefore();
      autonomyAfter = f.autonomyAfter();
      // An imported entry's unrecorded outcome is asked for again when it is corrected.
      outcome = f.outcome() == LogOutcome.NOT_RECORDED ? null : f.outcome();
      followUpCode = f.followUpCode();
      note = f.note();
      if (v.siteId() != null) {
        siteId = v.siteId();
      }
      competences =
          v.competences().stream().map(LogbookService.CompetenceChoice::id).toArray(Long[]::new);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Imports the chosen file (La Coop's export, or Capacité's), each line alone. */
  public void importFile() throws java.io.IOException {
    report = null;
    if (file == null || file.getSize() == 0) {
      Messages.error("logbook.import.empty");
      return;
    }
    if (file.getSize() > fr.capacite.application.logbook.LogbookImport.MAX_BYTES) {
      Messages.error(
          "logbook.import.tooLarge",
          fr.capacite.application.logbook.LogbookImport.MAX_BYTES / 1024 / 1024);
      return;
    }
    byte[] bytes;
    try (var in = file.getInputStream()) {
      bytes = in.readAllBytes();
    }
    try {
      report = logbook.importCsv(fr.capacite.web.shared.UploadedText.decode(bytes));
      Messages.info(
          "logbook.import.done", report.imported(), report.duplicates(), report.problems().size());
      applyFilter();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Why a line was refused, in the page's words. */
  public String problem(fr.capacite.application.logbook.LogbookImport.Problem p) {
    String why = Messages.text(p.key(), fr.capacite.domain.logbook.PracticeEntry.MAX_THEMES);
    return p.value() == null || p.value().isEmpty() ? why : why + " (« " + p.value() + " »)";
  }

  public jakarta.servlet.http.Part getFile() {
    return file;
  }

  public void setFile(jakarta.servlet.http.Part file) {
    this.file = file;
  }

  public LogbookService.ImportReport getReport() {
    return report;
  }

  public void cancelEdit() {
    reset();
  }

  public void delete(long id) {
    try {
      logbook.delete(id);
      if (editing != null && editing == id) {
        reset();
      }
      Messages.info("logbook.deleted");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** The themes of the list, in the page's words. */
  public String themesOf(LogbookService.EntryView v) {
    return String.join(
        ", ", v.facts().themes().stream().map(t -> Messages.text("LogTheme." + t.name())).toList());
  }

  public List<LogTheme> getThemeChoices() {
    return Arrays.stream(LogTheme.values()).filter(t -> !t.administrative()).toList();
  }

  public List<LogTheme> getDomainChoices() {
    return Arrays.stream(LogTheme.values()).filter(LogTheme::administrative).toList();
  }

  public List<LogTheme> getAllThemes() {
    return List.of(LogTheme.values());
  }

  public List<Integer> getDurations() {
    return DURATIONS;
  }

  public LogKind[] getKinds() {
    return LogKind.values();
  }

  public PlaceKind[] getPlaces() {
    return PlaceKind.values();
  }

  public Approach[] getApproaches() {
    return Approach.values();
  }

  public Autonomy[] getAutonomies() {
    return Autonomy.values();
  }

  public List<LogOutcome> getOutcomes() {
    return LogOutcome.chosen();
  }

  public PagedModel<LogbookService.EntryView> getEntries() {
    return entries;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public LocalDate getToday() {
    return FrenchTime.today();
  }

  public LocalDate getDay() {
    return day;
  }

  private Set<Long> chosenCompetences() {
    return competences == null ? Set.of() : Set.copyOf(Arrays.asList(competences));
  }

  public List<LogbookService.CompetenceChoice> getCompetenceChoices() {
    return competenceChoices;
  }

  public Long[] getCompetences() {
    return competences;
  }

  public void setCompetences(Long[] competences) {
    this.competences = competences;
  }

  /** The competences of an entry, as codes ("CCP1.1, CCP1.4"). */
  public String competencesOf(LogbookService.EntryView v) {
    return String.join(
        ", ", v.competences().stream().map(LogbookService.CompetenceChoice::code).toList());
  }

  public List<LogbookService.SiteView> getSites() {
    return sites;
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  public String getSiteName() {
    return siteName;
  }

  public void setSiteName(String siteName) {
    this.siteName = siteName;
  }

  public String getSitePostalCode() {
    return sitePostalCode;
  }

  public void setSitePostalCode(String sitePostalCode) {
    this.sitePostalCode = sitePostalCode;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public LogKind getKind() {
    return kind;
  }

  public void setKind(LogKind kind) {
    this.kind = kind;
  }

  public LogTheme[] getThemes() {
    return themes;
  }

  public void setThemes(LogTheme[] themes) {
    this.themes = themes;
  }

  public LogTheme[] getDomains() {
    return domains;
  }

  public void setDomains(LogTheme[] domains) {
    this.domains = domains;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public Integer getParticipants() {
    return participants;
  }

  public void setParticipants(Integer participants) {
    this.participants = participants;
  }

  public PlaceKind getPlace() {
    return place;
  }

  public void setPlace(PlaceKind place) {
    this.place = place;
  }

  public Approach getApproach() {
    return approach;
  }

  public void setApproach(Approach approach) {
    this.approach = approach;
  }

  public Autonomy getAutonomyBefore() {
    return autonomyBefore;
  }

  public void setAutonomyBefore(Autonomy autonomyBefore) {
    this.autonomyBefore = autonomyBefore;
  }

  public Autonomy getAutonomyAfter() {
    return autonomyAfter;
  }

  public void setAutonomyAfter(Autonomy autonomyAfter) {
    this.autonomyAfter = autonomyAfter;
  }

  public LogOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(LogOutcome outcome) {
    this.outcome = outcome;
  }

  public String getFollowUpCode() {
    return followUpCode;
  }

  public void setFollowUpCode(String followUpCode) {
    this.followUpCode = followUpCode;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public LogKind getFilterKind() {
    return filterKind;
  }

  public void setFilterKind(LogKind filterKind) {
    this.filterKind = filterKind;
  }

  public LogTheme getFilterTheme() {
    return filterTheme;
  }

  public void setFilterTheme(LogTheme filterTheme) {
    this.filterTheme = filterTheme;
  }

  public String getFilterCode() {
    return filterCode;
  }

  public void setFilterCode(String filterCode) {
    this.filterCode = filterCode;
  }
}
