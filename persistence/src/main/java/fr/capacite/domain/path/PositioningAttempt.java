package fr.capacite.domain.path;

import fr.capacite.domain.cohort.Enrolment;
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
 * A learner's attempt at a positioning test for one enrolment: answered question by question
 * (resumable), submitted for a result routed by the programme's rules, then validated by the
 * organisation, after which the path length is final (R11). A person may also take it from a
 * published cohort's offer before applying: the attempt then belongs to the cohort alone, and to
 * the enrolment once the organisation accepts them ({@link #attachTo}).
 */
@Entity
@Table(name = "positioning_attempt")
@NamedQuery(
    name = "PositioningAttempt.findByLearner",
    query =
        "SELECT a FROM PositioningAttempt a JOIN FETCH a.test WHERE a.learner = :learner"
            + " ORDER BY a.startedAt DESC")
@NamedQuery(
    name = "PositioningAttempt.findByTestAndEnrolment",
    query = "SELECT a FROM PositioningAttempt a WHERE a.test = :test AND a.enrolment = :enrolment")
@NamedQuery(
    name = "PositioningAttempt.beforeApplying",
    query =
        "SELECT a FROM PositioningAttempt a JOIN FETCH a.test WHERE a.learner = :learner AND"
            + " a.cohort = :cohort AND a.enrolment IS NULL ORDER BY a.startedAt DESC")
@NamedQuery(
    name = "PositioningAttempt.beforeApplyingToCohort",
    query =
        "SELECT a FROM PositioningAttempt a WHERE a.cohort = :cohort AND a.enrolment IS NULL AND"
            + " a.status <> fr.capacite.domain.path.AttemptStatus.IN_PROGRESS ORDER BY"
            + " a.submittedAt")
@NamedQuery(
    name = "PositioningAttempt.submittedBeforeApplying",
    query =
        "SELECT a FROM PositioningAttempt a WHERE a.learner = :learner AND a.cohort = :cohort AND"
            + " a.enrolment IS NULL AND a.status <> fr.capacite.domain.path.AttemptStatus.IN_PROGRESS"
            + " ORDER BY a.submittedAt DESC")
public class PositioningAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "test_id", nullable = false)
  private PositioningQuestionnaire test;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "learner_id", nullable = false)
  private User learner;

  /** The enrolment it positions; none while the person has only applied (or not yet). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "enrolment_id")
  private Enrolment enrolment;

  /** The cohort the test was taken for (the enrolment's, or the offer's before applying). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cohort_id")
  private fr.capacite.domain.cohort.Cohort cohort;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AttemptStatus status = AttemptStatus.IN_PROGRESS;

  /** The question shown (0 first), where a learner who left comes back. */
  @Column(name = "current_index", nullable = false)
  private int currentIndex;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "rule_set_id")
  private RoutingRuleSet ruleSet;

  private Integer overall;

  private Integer weakest;

  private Integer hours;

  @Column(name = "rule_position")
  private Integer rulePosition;

  /** The score per competence, as JSON. */
  @Column(length = 4000)
  private String profile;

  @Column(name = "validated_at")
  private Instant validatedAt;

  @Column(name = "validated_by", length = 80)
  private String validatedBy;

  @Version private long version;

  protected PositioningAttempt() {}

  public PositioningAttempt(
      PositioningQuestionnaire test, User learner, Enrolment enrolment, Instant startedAt) {
    this.test = test;
    this.learner = learner;
    this.enrolment = enrolment;
    this.cohort = enrolment.getCohort();
    this.startedAt = startedAt;
  }

  /** An attempt from a published cohort's offer, before the person applies. */
  public static PositioningAttempt beforeApplying(
      PositioningQuestionnaire test,
      User learner,
      fr.capacite.domain.cohort.Cohort cohort,
      Instant startedAt) {
    PositioningAttempt a = new PositioningAttempt();
    a.test = test;
    a.learner = learner;
    a.cohort = cohort;
    a.startedAt = startedAt;
    return a;
  }

  /** The person now holds a place in the cohort: the attempt taken before applying is theirs. */
  public void attachTo(Enrolment e) {
    if (enrolment != null) {
      throw new IllegalStateException("already an enrolment's");
    }
    if (!e.getLearner().equals(learner) || !e.getCohort().equals(cohort)) {
      throw new IllegalArgumentException("another person's or another cohort's enrolment");
    }
    enrolment = e;
  }

  public void showQuestion(int index) {
    requireInProgress();
    if (index < 0 || index >= test.getQuestions().size()) {
      throw new IllegalArgumentException("no such question");
    }
    this.currentIndex = index;
  }

  /** Records the result: the profile, the rule that routed it and the hours it gives. */
  public void submit(ScoreProfile p, RoutingRuleSet rules, String profileJson, Instant at) {
    requireInProgress();
    RoutingRule rule = rules.route(p);
    this.status = AttemptStatus.SUBMITTED;
    this.submittedAt = at;
    this.ruleSet = rules;
    this.overall = p.overall();
    this.weakest = p.weakest();
    this.hours = rule.getHours();
    this.rulePosition = rule.getPosition();
    this.profile = profileJson;
  }

  /** The organisation validates the result: from now on it is final (R11). */
  public void validate(String by, Instant at) {
    if (status != AttemptStatus.SUBMITTED) {
      throw new IllegalStateException("path.positioning.notSubmitted");
    }
    this.status = AttemptStatus.VALIDATED;
    this.validatedBy = by;
    this.validatedAt = at;
  }

  private void requireInProgress() {
    if (status != AttemptStatus.IN_PROGRESS) {
      throw new IllegalStateException("path.positioning.alreadySubmitted");
    }
  }

  public Long getId() {
    return id;
  }

  public PositioningQuestionnaire getTest() {
    return test;
  }

  public User getLearner() {
    return learner;
  }

  public fr.capacite.domain.cohort.Cohort getCohort() {
    return cohort;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public AttemptStatus getStatus() {
    return status;
  }

  public int getCurrentIndex() {
    return currentIndex;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public RoutingRuleSet getRuleSet() {
    return ruleSet;
  }

  public Integer getOverall() {
    return overall;
  }

  public Integer getWeakest() {
    return weakest;
  }

  public Integer getHours() {
    return hours;
  }

  public Integer getRulePosition() {
    return rulePosition;
  }

  public String getProfile() {
    return profile;
  }

  public Instant getValidatedAt() {
    return validatedAt;
  }

  public String getValidatedBy() {
    return validatedBy;
  }

  public long getVersion() {
    return version;
  }
}
