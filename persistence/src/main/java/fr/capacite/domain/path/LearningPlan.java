package fr.capacite.domain.path;

import fr.capacite.domain.identity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.time.LocalDate;

/**
 * A person's individual learning plan (plan individuel de formation): the objective they chose.
 * Everything else it shows is computed from their results, completions and Pix levels.
 */
@Entity
@Table(name = "learning_plan")
@NamedQuery(
    name = "LearningPlan.findByLearner",
    query = "SELECT p FROM LearningPlan p JOIN FETCH p.template WHERE p.learner = :learner")
@NamedQuery(
    name = "LearningPlan.findAll",
    query = "SELECT p FROM LearningPlan p JOIN FETCH p.template JOIN FETCH p.learner")
public class LearningPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "learner_id", nullable = false)
  private User learner;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_id", nullable = false)
  private PathTemplate template;

  /** Start of the plan: year 1 of a continuing-education allowance counts from here. */
  @Column(name = "started_on", nullable = false)
  private LocalDate startedOn;

  @Column(name = "chosen_at", nullable = false)
  private Instant chosenAt;

  @Version private long version;

  protected LearningPlan() {}

  public LearningPlan(User learner, PathTemplate template, LocalDate startedOn, Instant chosenAt) {
    this.learner = learner;
    choose(template, startedOn, chosenAt);
  }

  public final void choose(PathTemplate newTemplate, LocalDate newStart, Instant at) {
    this.template = newTemplate;
    this.startedOn = newStart;
    this.chosenAt = at;
  }

  public Long getId() {
    return id;
  }

  public User getLearner() {
    return learner;
  }

  public PathTemplate getTemplate() {
    return template;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public Instant getChosenAt() {
    return chosenAt;
  }

  public long getVersion() {
    return version;
  }
}
