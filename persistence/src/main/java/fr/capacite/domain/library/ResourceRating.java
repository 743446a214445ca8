package fr.capacite.domain.library;

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

/** "Recommandez-vous cette ressource ?" from 1 to 4, once per person (a new answer replaces). */
@Entity
@Table(name = "resource_rating")
@NamedQuery(
    name = "ResourceRating.find",
    query = "SELECT r FROM ResourceRating r WHERE r.resource = :resource AND r.user = :user")
@NamedQuery(
    name = "ResourceRating.byResource",
    query =
        "SELECT r FROM ResourceRating r JOIN FETCH r.user WHERE r.resource = :resource"
            + " ORDER BY r.ratedAt DESC")
public class ResourceRating {

  public static final int COMMENT_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "resource_id", nullable = false)
  private LearningResource resource;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false)
  private User user;

  @Column(nullable = false)
  private int score;

  @Column(length = COMMENT_MAX)
  private String comment;

  @Column(name = "rated_at", nullable = false)
  private Instant ratedAt;

  protected ResourceRating() {}

  public ResourceRating(LearningResource resource, User user) {
    this.resource = resource;
    this.user = user;
  }

  /** Sets the answer; returns the previous score (0 for a first answer). */
  public int answer(int newScore, String newComment, Instant at) {
    if (newScore < 1 || newScore > 4) {
      throw new IllegalArgumentException("library.rating.score");
    }
    int previous = score;
    this.score = newScore;
    this.comment = newComment == null || newComment.isBlank() ? null : newComment.strip();
    this.ratedAt = at;
    return previous;
  }

  public User getUser() {
    return user;
  }

  public int getScore() {
    return score;
  }

  public String getComment() {
    return comment;
  }

  public Instant getRatedAt() {
    return ratedAt;
  }

  /** A merge moves it to the canonical resource. */
  public void moveTo(LearningResource canonical) {
    this.resource = canonical;
  }
}
