package fr.capacite.domain.path;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A module of a path template at a rank; modules sharing a rank may be taken in any order. */
@Entity
@Table(name = "path_step")
public class PathStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_id", nullable = false)
  private PathTemplate template;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id", nullable = false)
  private TrainingModule module;

  @Column(name = "step_rank", nullable = false)
  private int rank;

  protected PathStep() {}

  PathStep(PathTemplate template, TrainingModule module, int rank) {
    if (rank < 1) {
      throw new IllegalArgumentException("ranks start at 1");
    }
    this.template = template;
    this.module = module;
    this.rank = rank;
  }

  void rerank(int newRank) {
    if (newRank < 1) {
      throw new IllegalArgumentException("ranks start at 1");
    }
    this.rank = newRank;
  }

  public Long getId() {
    return id;
  }

  public PathTemplate getTemplate() {
    return template;
  }

  public TrainingModule getModule() {
    return module;
  }

  public int getRank() {
    return rank;
  }
}
