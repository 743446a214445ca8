package fr.capacite.domain.cohort;

import fr.capacite.domain.identity.User;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attendance sheet (feuille d'émargement) of one session. Invariant: once certified by the
 * trainer it is locked; no signature or status changes after that.
 */
@Entity
@Table(name = "attendance_sheet")
@NamedQuery(
    name = "AttendanceSheet.findBySession",
    query = "SELECT a FROM AttendanceSheet a LEFT JOIN FETCH a.entries WHERE a.session = :session")
@NamedQuery(
    name = "AttendanceSheet.presentHours",
    query =
        "SELECT e.learner.username, s.startTime, s.endTime FROM AttendanceEntry e JOIN e.sheet a JOIN a.session s WHERE"
            + " s.cohort = :cohort AND e.status = fr.capacite.domain.cohort.AttendanceStatus.PRESENT")
@NamedQuery(
    name = "AttendanceSheet.certifiedHistory",
    query =
        "SELECT e.learner.id, e.status FROM AttendanceEntry e JOIN e.sheet a JOIN a.session s WHERE s.cohort = :cohort"
            + " AND a.certifiedAt IS NOT NULL ORDER BY s.day, s.startTime")
public class AttendanceSheet {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false, unique = true)
  private TrainingSession session;

  @Column(name = "certified_at")
  private Instant certifiedAt;

  @Column(name = "certified_by", length = 80)
  private String certifiedBy;

  /** Learners with a certified status, and those present: kept at certification (never change). */
  @Column(name = "recorded_count")
  private Integer recordedCount;

  @Column(name = "present_count")
  private Integer presentCount;

  @OneToMany(mappedBy = "sheet", cascade = CascadeType.PERSIST)
  private List<AttendanceEntry> entries = new ArrayList<>();

  @Version private long version;

  protected AttendanceSheet() {}

  public AttendanceSheet(TrainingSession session) {
    this.session = session;
  }

  public boolean isCertified() {
    return certifiedAt != null;
  }

  /** The learner signs present; signing twice keeps the first signature. */
  public AttendanceEntry sign(User learner, Instant at) {
    if (isCertified()) {
      throw new IllegalStateException("locked");
    }
    AttendanceEntry e = entry(learner).orElseGet(() -> add(learner));
    e.sign(at);
    return e;
  }

  /**
   * Certifies the sheet for the given learners: the status given for each, or PRESENT for those who
   * signed and ABSENT for the others. Locks the sheet.
   */
  public void certify(
      List<User> learners, Map<Long, AttendanceStatus> statuses, String by, Instant at) {
    if (isCertified()) {
      throw new IllegalStateException("locked");
    }
    for (User learner : learners) {
      AttendanceEntry e = entry(learner).orElseGet(() -> add(learner));
      AttendanceStatus s = statuses.get(learner.getId());
      e.certify(
          s != null
              ? s
              : e.getSignedAt() != null ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT);
    }
    this.certifiedBy = by;
    this.certifiedAt = at;
    this.recordedCount = (int) entries.stream().filter(e -> e.getStatus() != null).count();
    this.presentCount =
        (int) entries.stream().filter(e -> e.getStatus() == AttendanceStatus.PRESENT).count();
  }

  public Optional<AttendanceEntry> entry(User learner) {
    return entries.stream().filter(e -> e.getLearner().getId().equals(learner.getId())).findFirst();
  }

  private AttendanceEntry add(User learner) {
    AttendanceEntry e = new AttendanceEntry(this, learner);
    entries.add(e);
    return e;
  }

  public Long getId() {
    return id;
  }

  public TrainingSession getSession() {
    return session;
  }

  public Instant getCertifiedAt() {
    return certifiedAt;
  }

  public String getCertifiedBy() {
    return certifiedBy;
  }

  /** Learners with a certified status (null before certification). */
  public Integer getRecordedCount() {
    return recordedCount;
  }

  /** Learners certified present (null before certification). */
  public Integer getPresentCount() {
    return presentCount;
  }

  public List<AttendanceEntry> getEntries() {
    return List.copyOf(entries);
  }

  public long getVersion() {
    return version;
  }
}
