package fr.capacite.domain.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a review's rubric: a criterion, its score (0–3, null while unscored), a comment. */
@Embeddable
public class CriterionScore {

  public static final int COMMENT_MAX = 1000;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReviewCriterion criterion;

  private Integer score;

  @Column(length = COMMENT_MAX)
  private String comment;

  protected CriterionScore() {}

  public CriterionScore(ReviewCriterion criterion, Integer score, String comment) {
    this.criterion = criterion;
    this.score = score;
    this.comment = comment;
  }

  public ReviewCriterion getCriterion() {
    return criterion;
  }

  public Integer getScore() {
    return score;
  }

  public String getComment() {
    return comment;
  }
}
