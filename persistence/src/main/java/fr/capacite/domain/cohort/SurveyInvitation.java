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
import java.time.LocalDate;

/**
 * A learner's invitation to answer one wave of the questionnaire. It records that they answered,
 * never what: an anonymous answer cannot be traced back through it (only the day is kept on both).
 */
@Entity
@Table(name = "survey_invitation")
@NamedQuery(
    name = "SurveyInvitation.openFor",
    query =
        "SELECT i FROM SurveyInvitation i JOIN FETCH i.cohort c JOIN FETCH c.organisation WHERE i.learner.username ="
            + " :username AND i.answeredOn IS NULL AND i.sentOn >= :since ORDER BY i.sentOn")
@NamedQuery(
    name = "SurveyInvitation.existing",
    query =
        "SELECT i.cohort.id, i.learner.id FROM SurveyInvitation i WHERE i.cohort IN :cohorts AND i.wave = :wave")
@NamedQuery(
    name = "SurveyInvitation.toRemind",
    query =
        "SELECT i FROM SurveyInvitation i JOIN FETCH i.learner JOIN FETCH i.cohort WHERE i.answeredOn IS NULL AND"
            + " i.remindedOn IS NULL AND i.sentOn <= :sentBefore AND i.sentOn >= :since")
@NamedQuery(
    name = "SurveyInvitation.countsByCohort",
    query =
        "SELECT i.wave, COUNT(i) FROM SurveyInvitation i WHERE i.cohort = :cohort GROUP BY i.wave")
public class SurveyInvitation {

  /** Days after which someone who has not answered is reminded, once. */
  public static final int REMIND_AFTER_DAYS = 7;

  /** Days an invitation stays open; a late à chaud answer would no longer be à chaud. */
  public static final int OPEN_DAYS = 60;

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
  @Column(nullable = false, length = 4)
  private SurveyWave wave;

  @Column(name = "sent_on", nullable = false)
  private LocalDate sentOn;

  @Column(name = "reminded_on")
  private LocalDate remindedOn;

  @Column(name = "answered_on")
  private LocalDate answeredOn;

  @Version private long version;

  protected SurveyInvitation() {}

  public SurveyInvitation(Cohort cohort, User learner, SurveyWave wave, LocalDate sentOn) {
    this.cohort = cohort;
    this.learner = learner;
    this.wave = wave;
    this.sentOn = sentOn;
  }

  public boolean isOpen(LocalDate today) {
    return answeredOn == null && !today.isAfter(sentOn.plusDays(OPEN_DAYS));
  }

  public void reminded(LocalDate day) {
    this.remindedOn = day;
  }

  /** Marks the invitation answered; a second answer is refused. */
  public void answered(LocalDate day) {
    if (answeredOn != null) {
      throw new IllegalStateException("already answered");
    }
    this.answeredOn = day;
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

  public SurveyWave getWave() {
    return wave;
  }

  public LocalDate getSentOn() {
    return sentOn;
  }

  public LocalDate getRemindedOn() {
    return remindedOn;
  }

  public LocalDate getAnsweredOn() {
    return answeredOn;
  }
}
