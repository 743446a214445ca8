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
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * One answer to the standard questionnaire. Invariant: every question is scored 1–5. An anonymous
 * answer keeps no link to its learner. One column per question: the questionnaire is fixed, and
 * columns let the dashboards aggregate in one query.
 */
@Entity
@Table(name = "survey_response")
@NamedQuery(
    name = "SurveyResponse.scoresByCohort",
    query =
        "SELECT r.wave, r.answeredOn, r.objectives, r.content, r.trainers, r.organisation, r.application, r.overall"
            + " FROM SurveyResponse r WHERE r.cohort = :cohort")
@NamedQuery(
    name = "SurveyResponse.commentsByCohort",
    query =
        "SELECT r.wave, r.answeredOn, r.comment FROM SurveyResponse r WHERE r.cohort = :cohort AND r.comment IS NOT"
            + " NULL ORDER BY r.answeredOn DESC")
public class SurveyResponse {

  public static final int COMMENT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cohort_id", nullable = false)
  private Cohort cohort;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 4)
  private SurveyWave wave;

  /** Null when the learner chose to answer anonymously. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "learner_id")
  private User learner;

  @Column(name = "answered_on", nullable = false)
  private LocalDate answeredOn;

  @Column(name = "score_objectives", nullable = false)
  private int objectives;

  @Column(name = "score_content", nullable = false)
  private int content;

  @Column(name = "score_trainers", nullable = false)
  private int trainers;

  @Column(name = "score_organisation", nullable = false)
  private int organisation;

  @Column(name = "score_application", nullable = false)
  private int application;

  @Column(name = "score_overall", nullable = false)
  private int overall;

  @Column(name = "free_text", length = COMMENT_MAX)
  private String comment;

  protected SurveyResponse() {}

  public SurveyResponse(
      Cohort cohort,
      SurveyWave wave,
      User learnerOrNull,
      LocalDate answeredOn,
      Map<SatisfactionQuestion, Integer> scores,
      String comment) {
    for (SatisfactionQuestion q : SatisfactionQuestion.values()) {
      Integer v = scores.get(q);
      if (v == null || v < SatisfactionQuestion.MIN || v > SatisfactionQuestion.MAX) {
        throw new IllegalArgumentException("question " + q + " needs a score from 1 to 5");
      }
    }
    if (comment != null && comment.length() > COMMENT_MAX) {
      throw new IllegalArgumentException("comment too long");
    }
    this.cohort = cohort;
    this.wave = wave;
    this.learner = learnerOrNull;
    this.answeredOn = answeredOn;
    this.objectives = scores.get(SatisfactionQuestion.OBJECTIVES);
    this.content = scores.get(SatisfactionQuestion.CONTENT);
    this.trainers = scores.get(SatisfactionQuestion.TRAINERS);
    this.organisation = scores.get(SatisfactionQuestion.ORGANISATION);
    this.application = scores.get(SatisfactionQuestion.APPLICATION);
    this.overall = scores.get(SatisfactionQuestion.OVERALL);
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  public Map<SatisfactionQuestion, Integer> scores() {
    Map<SatisfactionQuestion, Integer> m = new EnumMap<>(SatisfactionQuestion.class);
    m.put(SatisfactionQuestion.OBJECTIVES, objectives);
    m.put(SatisfactionQuestion.CONTENT, content);
    m.put(SatisfactionQuestion.TRAINERS, trainers);
    m.put(SatisfactionQuestion.ORGANISATION, organisation);
    m.put(SatisfactionQuestion.APPLICATION, application);
    m.put(SatisfactionQuestion.OVERALL, overall);
    return m;
  }

  public Long getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public SurveyWave getWave() {
    return wave;
  }

  public User getLearner() {
    return learner;
  }

  public LocalDate getAnsweredOn() {
    return answeredOn;
  }

  public String getComment() {
    return comment;
  }
}
