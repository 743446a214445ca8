package fr.capacite.domain.logbook;

import fr.capacite.domain.identity.User;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One accompaniment a mediator logged: when, what kind, about what, how long, where, whether done
 * with or for the person, the person's autonomy before and after, how it ended. Nothing about the
 * person helped: at most a pseudonymous follow-up code the mediator chooses, to link visits of the
 * same person. Each rule breaks with an IllegalArgumentException naming it (a message key).
 */
@Entity
@Table(name = "practice_entry")
public class PracticeEntry {

  public static final int NOTE_MAX = 500;
  public static final int MIN_MINUTES = 5;
  public static final int MAX_MINUTES = 600;
  public static final int MAX_PARTICIPANTS = 200;
  public static final int MAX_THEMES = 10;
  public static final int MAX_COMPETENCES = 12;
  private static final Pattern FOLLOW_UP = Pattern.compile("[A-Z0-9-]{2,20}");

  /** What a mediator says of an accompaniment (the form, checked by {@link #describe}). */
  public record Facts(
      LocalDate day,
      LogKind kind,
      Set<LogTheme> themes,
      int minutes,
      int participants,
      PlaceKind place,
      Approach approach,
      Autonomy autonomyBefore,
      Autonomy autonomyAfter,
      LogOutcome outcome,
      String followUpCode,
      String note) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id", nullable = false)
  private User author;

  @Column(nullable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private LogKind kind;

  // A page of entries reads its themes in one IN query, not one per entry.
  @ElementCollection(fetch = FetchType.EAGER)
  @org.eclipse.persistence.annotations.BatchFetch(
      org.eclipse.persistence.annotations.BatchFetchType.IN)
  @CollectionTable(name = "practice_entry_theme", joinColumns = @JoinColumn(name = "entry_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "theme", nullable = false, length = 24)
  private Set<LogTheme> themes = EnumSet.noneOf(LogTheme.class);

  @Column(nullable = false)
  private int minutes;

  @Column(nullable = false)
  private int participants;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PlaceKind place;

  /** With or for the person; none for a collective workshop. */
  @Enumerated(EnumType.STRING)
  @Column(length = 8)
  private Approach approach;

  @Enumerated(EnumType.STRING)
  @Column(name = "autonomy_before", length = 12)
  private Autonomy autonomyBefore;

  @Enumerated(EnumType.STRING)
  @Column(name = "autonomy_after", length = 12)
  private Autonomy autonomyAfter;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private LogOutcome outcome;

  @Column(name = "follow_up_code", length = 20)
  private String followUpCode;

  @Column(length = NOTE_MAX)
  private String note;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The mediator's site where it happened, for an entry at a place of activity. */
  @ManyToOne(fetch = FetchType.LAZY)
  @org.eclipse.persistence.annotations.BatchFetch(
      org.eclipse.persistence.annotations.BatchFetchType.IN)
  @JoinColumn(name = "site_id")
  private MediatorSite site;

  /** The department it counts in (INSEE code): its site's, or the mediator's first site's. */
  @Column(length = 3)
  private String department;

  /** The competences of the title it illustrates (evidence for the dossier professionnel). */
  @jakarta.persistence.ManyToMany
  @jakarta.persistence.JoinTable(
      name = "practice_entry_competence",
      joinColumns = @JoinColumn(name = "entry_id"),
      inverseJoinColumns = @JoinColumn(name = "competence_id"))
  @org.eclipse.persistence.annotations.BatchFetch(
      org.eclipse.persistence.annotations.BatchFetchType.IN)
  private Set<fr.capacite.domain.referential.Competence> competences = new java.util.HashSet<>();

  /** Its month as yyyymm, which the figures group by (set with the day). */
  @Column(name = "month_key", nullable = false)
  private int monthKey;

  /** For a person followed by a code: which of their visits this is (1 for the first). */
  @Column(name = "visit_rank")
  private Integer visitRank;

  /** For a repeat visit: whether it needed less help than the one before. */
  @Column(name = "less_help")
  private Boolean lessHelp;

  @Version private long version;

  protected PracticeEntry() {}

  public PracticeEntry(User author, Facts facts, LocalDate today, Instant now) {
    this.author = author;
    this.createdAt = now;
    describe(facts, today);
  }

  /**
   * An entry imported from La Coop de la médiation numérique's export, which records neither
   * whether an accompaniment was done with or for the person nor their autonomy before it (only one
   * level, at the end): those stay "not recorded" (null) and the impact figures leave them out. The
   * mediator may complete them later; a correction asks for them as for any entry.
   */
  public static PracticeEntry imported(User author, Facts facts, LocalDate today, Instant now) {
    PracticeEntry e = new PracticeEntry();
    e.author = author;
    e.createdAt = now;
    e.describe(facts, today, true);
    return e;
  }

  /**
   * Sets what the entry says, after checking it: a day not to come, at least one theme, a length of
   * 5 minutes to 10 hours; an individual accompaniment (or a procedure) has one person, says
   * whether it was done with or for them and their autonomy before and after; a workshop counts its
   * participants and has neither. A procedure is about "aide aux démarches administratives".
   */
  public void describe(Facts f, LocalDate today) {
    describe(f, today, false);
  }

  private void describe(Facts f, LocalDate today, boolean imported) {
    if (f.day() == null || f.day().isAfter(today)) {
      throw new IllegalArgumentException("logbook.dayInFuture");
    }
    if (f.kind() == null
        || f.place() == null
        || f.outcome() == null
        || (!imported && f.outcome() == LogOutcome.NOT_RECORDED)) {
      throw new IllegalArgumentException("logbook.required");
    }
    if (f.themes() == null || f.themes().isEmpty()) {
      throw new IllegalArgumentException("logbook.themeRequired");
    }
    if (f.themes().size() > MAX_THEMES) {
      throw new IllegalArgumentException("logbook.tooManyThemes");
    }
    if (f.minutes() < MIN_MINUTES || f.minutes() > MAX_MINUTES) {
      throw new IllegalArgumentException("logbook.minutes");
    }
    Set<LogTheme> chosen = EnumSet.copyOf(f.themes());
    if (f.kind() == LogKind.ADMINISTRATIVE) {
      chosen.add(LogTheme.PROCEDURES);
    } else if (chosen.stream().anyMatch(LogTheme::administrative)
        && !chosen.contains(LogTheme.PROCEDURES)) {
      throw new IllegalArgumentException("logbook.procedureThemes");
    }
    if (f.kind().individual()) {
      if (!imported
          && (f.approach() == null || f.autonomyBefore() == null || f.autonomyAfter() == null)) {
        throw new IllegalArgumentException("logbook.individualFacts");
      }
      this.participants = 1;
      this.approach = f.approach();
      this.autonomyBefore = f.autonomyBefore();
      this.autonomyAfter = f.autonomyAfter();
    } else {
      if (f.participants() < 1 || f.participants() > MAX_PARTICIPANTS) {
        throw new IllegalArgumentException("logbook.participants");
      }
      this.participants = f.participants();
      this.approach = null;
      this.autonomyBefore = null;
      this.autonomyAfter = null;
    }
    String code = f.followUpCode() == null ? "" : f.followUpCode().strip().toUpperCase(Locale.ROOT);
    if (!code.isEmpty() && !FOLLOW_UP.matcher(code).matches()) {
      throw new IllegalArgumentException("logbook.followUpCode");
    }
    String text = f.note() == null ? "" : f.note().strip();
    if (text.length() > NOTE_MAX) {
      throw new IllegalArgumentException("logbook.noteTooLong");
    }
    this.day = f.day();
    this.monthKey = monthKey(f.day());
    this.kind = f.kind();
    this.themes = chosen;
    this.minutes = f.minutes();
    this.place = f.place();
    this.outcome = f.outcome();
    this.followUpCode = code.isEmpty() || !f.kind().individual() ? null : code;
    this.note = text.isEmpty() ? null : text;
  }

  /**
   * Places the entry: at a place of activity it needs one of its author's sites, and counts in that
   * site's department; elsewhere (at home, remotely…) it has no site and counts in the department
   * of the author's base, when they have one.
   */
  public void locate(MediatorSite at, MediatorSite base) {
    if (at != null && !at.getOwner().getUsername().equals(author.getUsername())) {
      throw new IllegalArgumentException("logbook.site.notYours");
    }
    if (place == PlaceKind.ACTIVITY_SITE) {
      if (at == null) {
        throw new IllegalArgumentException("logbook.site.required");
      }
      this.site = at;
      this.department = at.getDepartment();
    } else {
      this.site = null;
      this.department = base == null ? null : base.getDepartment();
    }
  }

  /** The competences it illustrates: at most {@link #MAX_COMPETENCES}. */
  public void illustrate(Set<fr.capacite.domain.referential.Competence> chosen) {
    if (chosen != null && chosen.size() > MAX_COMPETENCES) {
      throw new IllegalArgumentException("logbook.tooManyCompetences");
    }
    competences.clear();
    if (chosen != null) {
      competences.addAll(chosen);
    }
  }

  public Set<fr.capacite.domain.referential.Competence> getCompetences() {
    return java.util.Collections.unmodifiableSet(competences);
  }

  public MediatorSite getSite() {
    return site;
  }

  public String getDepartment() {
    return department;
  }

  /** The month key (yyyymm) of a day, as the figures group entries. */
  public static int monthKey(LocalDate day) {
    return day.getYear() * 100 + day.getMonthValue();
  }

  /**
   * Places this visit in the chain of the same person's visits (same author, same follow-up code,
   * by day): its rank, and for a repeat visit whether it needed less help than the previous one —
   * the person's autonomy at the start was higher, or it was done with them where the previous one
   * was done for them. An entry without a code is in no chain. Whether its place changed.
   */
  public boolean chainAfter(PracticeEntry previous, int rank) {
    Integer oldRank = visitRank;
    Boolean oldLess = lessHelp;
    if (followUpCode == null) {
      this.visitRank = null;
      this.lessHelp = null;
    } else {
      this.visitRank = rank;
      this.lessHelp = previous == null ? null : lessHelpThan(previous);
    }
    return !java.util.Objects.equals(oldRank, visitRank)
        || !java.util.Objects.equals(oldLess, lessHelp);
  }

  /**
   * Whether this visit needed less help than the previous one: true when either sign says so, false
   * when both are known and neither does, unknown (null) otherwise (an imported entry).
   */
  private Boolean lessHelpThan(PracticeEntry previous) {
    Boolean higher =
        autonomyBefore == null || previous.autonomyBefore == null
            ? null
            : autonomyBefore.level() > previous.autonomyBefore.level();
    Boolean nowWith =
        approach == null || previous.approach == null
            ? null
            : approach == Approach.WITH && previous.approach == Approach.FOR;
    if (Boolean.TRUE.equals(higher) || Boolean.TRUE.equals(nowWith)) {
      return true;
    }
    return higher == null || nowWith == null ? null : false;
  }

  public Integer getVisitRank() {
    return visitRank;
  }

  public Boolean getLessHelp() {
    return lessHelp;
  }

  public int getMonthKey() {
    return monthKey;
  }

  /** Whether the person's autonomy rose during the accompaniment (individual ones only). */
  public boolean autonomyRose() {
    return autonomyBefore != null
        && autonomyAfter != null
        && autonomyAfter.level() > autonomyBefore.level();
  }

  public Facts facts() {
    return new Facts(
        day,
        kind,
        EnumSet.copyOf(themes),
        minutes,
        participants,
        place,
        approach,
        autonomyBefore,
        autonomyAfter,
        outcome,
        followUpCode,
        note);
  }

  public Long getId() {
    return id;
  }

  public User getAuthor() {
    return author;
  }

  public LocalDate getDay() {
    return day;
  }

  public LogKind getKind() {
    return kind;
  }

  public Set<LogTheme> getThemes() {
    return EnumSet.copyOf(themes);
  }

  public int getMinutes() {
    return minutes;
  }

  public int getParticipants() {
    return participants;
  }

  public PlaceKind getPlace() {
    return place;
  }

  public Approach getApproach() {
    return approach;
  }

  public Autonomy getAutonomyBefore() {
    return autonomyBefore;
  }

  public Autonomy getAutonomyAfter() {
    return autonomyAfter;
  }

  public LogOutcome getOutcome() {
    return outcome;
  }

  public String getFollowUpCode() {
    return followUpCode;
  }

  public String getNote() {
    return note;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
