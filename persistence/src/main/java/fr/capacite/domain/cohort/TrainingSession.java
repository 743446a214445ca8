package fr.capacite.domain.cohort;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.Site;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One session of a cohort's schedule. Invariants: it ends after it starts, on the same day, and
 * falls within the cohort's dates. Clashes with other sessions are checked by the schedule service,
 * which sees them all.
 */
@Entity
@Table(name = "training_session")
@NamedQuery(
    name = "TrainingSession.findByCohort",
    query =
        "SELECT s FROM TrainingSession s LEFT JOIN FETCH s.trainer LEFT JOIN FETCH s.site WHERE s.cohort = :cohort"
            + " AND s.day BETWEEN :from AND :to ORDER BY s.day, s.startTime")
@NamedQuery(
    name = "TrainingSession.findByTrainer",
    query =
        "SELECT s FROM TrainingSession s JOIN FETCH s.cohort LEFT JOIN FETCH s.site WHERE s.trainer.username = :username"
            + " AND s.day BETWEEN :from AND :to ORDER BY s.day, s.startTime")
@NamedQuery(
    name = "TrainingSession.trainerOverlaps",
    query =
        "SELECT s FROM TrainingSession s JOIN FETCH s.cohort WHERE s.trainer = :trainer AND s.day = :day AND"
            + " s.startTime < :end AND s.endTime > :start AND s.id <> :self")
@NamedQuery(
    name = "TrainingSession.roomOverlaps",
    query =
        "SELECT s FROM TrainingSession s JOIN FETCH s.cohort WHERE s.site = :site AND s.room = :room AND s.day = :day"
            + " AND s.startTime < :end AND s.endTime > :start AND s.id <> :self")
@NamedQuery(
    name = "TrainingSession.learnerOverlaps",
    query =
        "SELECT s, e2.learner FROM TrainingSession s, Enrolment e1, Enrolment e2 WHERE e1.cohort = :cohort AND"
            + " e1.status = fr.capacite.domain.cohort.EnrolmentStatus.ENROLLED AND e2.learner = e1.learner AND"
            + " e2.status = fr.capacite.domain.cohort.EnrolmentStatus.ENROLLED AND e2.cohort = s.cohort AND"
            + " s.cohort <> :cohort AND s.day = :day AND s.startTime < :end AND s.endTime > :start")
public class TrainingSession {

  public static final int TOPIC_MAX = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private Cohort cohort;

  @Column(name = "session_day", nullable = false)
  private LocalDate day;

  @Column(name = "start_time", nullable = false)
  private LocalTime startTime;

  @Column(name = "end_time", nullable = false)
  private LocalTime endTime;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "site_id")
  private Site site;

  @Column(length = 60)
  private String room;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "trainer_id")
  private User trainer;

  /** The competence or module covered. */
  @Column(nullable = false, length = TOPIC_MAX)
  private String topic;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Modality modality;

  /** The secret the session's presence codes derive from ({@link PresenceCode}); never shown. */
  @Column(name = "presence_secret", length = 64)
  private String presenceSecret;

  @Version private long version;

  protected TrainingSession() {}

  public TrainingSession(Cohort cohort) {
    this.cohort = cohort;
    presenceSecret();
  }

  /** Places the session in time; refuses an empty slot or a day outside the cohort. */
  public void schedule(LocalDate onDay, LocalTime from, LocalTime to) {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("ends before it starts");
    }
    if (onDay.isBefore(cohort.getStartDate()) || onDay.isAfter(cohort.getEndDate())) {
      throw new IllegalArgumentException("outside the cohort");
    }
    this.day = onDay;
    this.startTime = from;
    this.endTime = to;
  }

  public void describe(String newTopic, Modality how, Site where, String inRoom, User by) {
    if (where != null && !where.getOrganisation().equals(cohort.getOrganisation())) {
      throw new IllegalArgumentException("site of another organisation");
    }
    this.topic = newTopic;
    this.modality = how;
    this.site = where;
    this.room = inRoom == null || inRoom.isBlank() ? null : inRoom.trim();
    this.trainer = by;
  }

  /** Whether two slots of the same day overlap (touching ends do not). */
  public static boolean overlaps(
      LocalTime startA, LocalTime endA, LocalTime startB, LocalTime endB) {
    return startA.isBefore(endB) && startB.isBefore(endA);
  }

  /**
   * The secret of the session's presence codes, made on first use for sessions planned before codes
   * existed (later sessions get theirs when made).
   */
  public String presenceSecret() {
    if (presenceSecret == null) {
      byte[] b = new byte[32];
      new java.security.SecureRandom().nextBytes(b);
      presenceSecret = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
    return presenceSecret;
  }

  public Long getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public LocalDate getDay() {
    return day;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public Site getSite() {
    return site;
  }

  public String getRoom() {
    return room;
  }

  public User getTrainer() {
    return trainer;
  }

  public String getTopic() {
    return topic;
  }

  public Modality getModality() {
    return modality;
  }

  public long getVersion() {
    return version;
  }
}
