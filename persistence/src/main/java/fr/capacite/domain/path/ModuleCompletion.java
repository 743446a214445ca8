package fr.capacite.domain.path;

import fr.capacite.domain.cohort.Cohort;
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
import java.time.Instant;
import java.time.LocalDate;

/**
 * A module a person completed: from certified attendance in a cohort delivering it, or recorded by
 * the organisation that delivered it.
 */
@Entity
@Table(name = "module_completion")
@NamedQuery(
    name = "ModuleCompletion.findByLearner",
    query =
        "SELECT c FROM ModuleCompletion c JOIN FETCH c.module WHERE c.learner = :learner"
            + " ORDER BY c.completedOn")
@NamedQuery(
    name = "ModuleCompletion.findByLearnerAndModule",
    query = "SELECT c FROM ModuleCompletion c WHERE c.learner = :learner AND c.module = :module")
public class ModuleCompletion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "learner_id", nullable = false)
  private User learner;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id", nullable = false)
  private TrainingModule module;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  @Column(nullable = false)
  private int hours;

  @Column(name = "recorded_by", nullable = false, length = 80)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ModuleCompletion() {}

  public ModuleCompletion(
      User learner,
      TrainingModule module,
      Cohort cohort,
      LocalDate completedOn,
      int hours,
      String recordedBy,
      Instant recordedAt) {
    this.learner = learner;
    this.module = module;
    this.cohort = cohort;
    this.completedOn = completedOn;
    this.hours = hours;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public User getLearner() {
    return learner;
  }

  public TrainingModule getModule() {
    return module;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public int getHours() {
    return hours;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
