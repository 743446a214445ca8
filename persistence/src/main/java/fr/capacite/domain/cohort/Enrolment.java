package fr.capacite.domain.cohort;

import fr.capacite.domain.identity.User;
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
import java.time.Instant;

/**
 * A learner's place in a cohort: enrolled, waiting (with a rank), or withdrawn. The path hours come
 * from the positioning test and are one of the programme's allowed values (R11).
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(
    name = "Enrolment.findByCohort",
    query =
        "SELECT e FROM Enrolment e JOIN FETCH e.learner WHERE e.cohort = :cohort ORDER BY e.status,"
            + " e.waitingRank, e.enrolledAt")
@NamedQuery(
    name = "Enrolment.countByStatus",
    query = "SELECT COUNT(e) FROM Enrolment e WHERE e.cohort = :cohort AND e.status = :status")
@NamedQuery(
    name = "Enrolment.findFirstWaiting",
    query =
        "SELECT e FROM Enrolment e WHERE e.cohort = :cohort AND e.status = :status ORDER BY e.waitingRank")
@NamedQuery(
    name = "Enrolment.maxWaitingRank",
    query = "SELECT MAX(e.waitingRank) FROM Enrolment e WHERE e.cohort = :cohort")
@NamedQuery(
    name = "Enrolment.findByCohortAndLearner",
    query = "SELECT e FROM Enrolment e WHERE e.cohort = :cohort AND e.learner = :learner")
@NamedQuery(
    name = "Enrolment.countsByCohorts",
    query =
        "SELECT e.cohort.id, e.status, COUNT(e) FROM Enrolment e WHERE e.cohort IN :cohorts GROUP BY e.cohort.id, e.status")
public class Enrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private Cohort cohort;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "learner_id", nullable = false)
  private User learner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private EnrolmentStatus status;

  @Column(name = "waiting_rank")
  private Integer waitingRank;

  @Column(name = "path_hours", nullable = false)
  private int pathHours;

  @Column(name = "positioning_note", length = 500)
  private String positioningNote;

  /** Reference of the document proving CCP1 (livret de certification), when the cohort needs it. */
  @Column(name = "ccp1_evidence", length = 120)
  private String ccp1Evidence;

  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "withdrawal_reason", length = 20)
  private WithdrawalReason withdrawalReason;

  @Column(name = "withdrawal_note", length = 500)
  private String withdrawalNote;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  /** ENROLLED for a drop-out (abandon), WAITING for someone who gave up waiting. */
  @Enumerated(EnumType.STRING)
  @Column(name = "withdrawn_from", length = 12)
  private EnrolmentStatus withdrawnFrom;

  /** Set while the drop-out rule holds (Qualiopi ind. 12); cleared by a presence. */
  @Column(name = "at_risk_since")
  private Instant atRiskSince;

  /** R11: once the positioning result is validated, the path length no longer changes. */
  @Column(name = "positioning_final", nullable = false)
  private boolean positioningFinal;

  /**
   * When the learner accepted the place (their consent): until then the organisation sees nothing
   * of their own data (learning plan, Pix levels, modules). Null while the invitation waits.
   */
  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Version private long version;

  protected Enrolment() {}

  /** A new place: enrolled while there is room, else waiting at {@code rank}. */
  public Enrolment(Cohort cohort, User learner, int pathHours, boolean room, int rank) {
    if (!cohort.getProgramme().allows(pathHours)) {
      throw new IllegalArgumentException("path hours not allowed by the programme");
    }
    this.cohort = cohort;
    this.learner = learner;
    this.pathHours = pathHours;
    this.status = room ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING;
    this.waitingRank = room ? null : rank;
    this.enrolledAt = Instant.now();
    this.changedAt = enrolledAt;
  }

  /** The learner accepts the place the organisation offered (their consent to share their data). */
  public void accept(Instant at) {
    if (status == EnrolmentStatus.WITHDRAWN) {
      throw new IllegalStateException("withdrawn");
    }
    if (acceptedAt == null) {
      acceptedAt = at;
      changedAt = at;
    }
  }

  public boolean isAccepted() {
    return acceptedAt != null;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public void recordPositioning(String note, String evidence) {
    this.positioningNote = note;
    this.ccp1Evidence = evidence;
  }

  /**
   * Sets the path length a positioning test gave, with its explanation, while the result is not
   * final; {@code isFinal} makes it final (R11: the positioning decides the path).
   */
  public void position(int hours, String note, boolean isFinal) {
    if (positioningFinal) {
      throw new IllegalStateException("path.positioning.final");
    }
    if (!cohort.getProgramme().allows(hours)) {
      throw new IllegalArgumentException("path hours not allowed by the programme");
    }
    this.pathHours = hours;
    this.positioningNote = note;
    this.positioningFinal = isFinal;
    this.changedAt = Instant.now();
  }

  public boolean isPositioningFinal() {
    return positioningFinal;
  }

  /** The learner leaves, for a recorded reason (motif d'abandon). */
  public void withdraw(WithdrawalReason reason, String note) {
    if (reason == null) {
      throw new IllegalArgumentException("a withdrawal needs a reason");
    }
    this.withdrawnFrom = status;
    this.status = EnrolmentStatus.WITHDRAWN;
    this.waitingRank = null;
    this.withdrawalReason = reason;
    this.withdrawalNote = note;
    this.changedAt = Instant.now();
    this.withdrawnAt = changedAt;
    this.atRiskSince = null;
  }

  /**
   * Applies the drop-out rule's verdict; returns true when the learner has just become at risk, so
   * that the organisation is told once.
   */
  public boolean assessRisk(boolean atRisk, Instant now) {
    if (atRisk && atRiskSince == null && status == EnrolmentStatus.ENROLLED) {
      atRiskSince = now;
      return true;
    }
    if (!atRisk) {
      atRiskSince = null;
    }
    return false;
  }

  /** Moves a waiting learner into a place that has come free. */
  public void promote() {
    if (status != EnrolmentStatus.WAITING) {
      throw new IllegalStateException("only a waiting learner is promoted");
    }
    this.status = EnrolmentStatus.ENROLLED;
    this.waitingRank = null;
    this.changedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public User getLearner() {
    return learner;
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  public Integer getWaitingRank() {
    return waitingRank;
  }

  public int getPathHours() {
    return pathHours;
  }

  public String getPositioningNote() {
    return positioningNote;
  }

  public String getCcp1Evidence() {
    return ccp1Evidence;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public WithdrawalReason getWithdrawalReason() {
    return withdrawalReason;
  }

  public String getWithdrawalNote() {
    return withdrawalNote;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  /** Whether the learner left the training after having a place (an abandon). */
  public boolean isDropOut() {
    return status == EnrolmentStatus.WITHDRAWN && withdrawnFrom == EnrolmentStatus.ENROLLED;
  }

  public Instant getAtRiskSince() {
    return atRiskSince;
  }

  public long getVersion() {
    return version;
  }
}
