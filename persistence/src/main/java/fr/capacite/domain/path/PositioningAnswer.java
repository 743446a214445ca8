package fr.capacite.domain.path;

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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The options chosen for one question of an attempt, saved as soon as given (resumable). */
@Entity
@Table(name = "positioning_answer")
@NamedQuery(
    name = "PositioningAnswer.findByAttempt",
    query = "SELECT a FROM PositioningAnswer a WHERE a.attempt = :attempt")
public class PositioningAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "attempt_id", nullable = false)
  private PositioningAttempt attempt;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false)
  private PositioningQuestion question;

  /** Chosen option ids, comma separated (at most eight). */
  @Column(name = "option_ids", nullable = false, length = 200)
  private String optionIds;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  protected PositioningAnswer() {}

  public PositioningAnswer(
      PositioningAttempt attempt, PositioningQuestion question, List<Long> chosen, Instant at) {
    this.attempt = attempt;
    this.question = question;
    change(chosen, at);
  }

  public final void change(List<Long> chosen, Instant at) {
    this.optionIds = chosen.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    this.answeredAt = at;
  }

  public List<Long> getChosen() {
    return optionIds.isEmpty()
        ? List.of()
        : Arrays.stream(optionIds.split(",")).map(Long::valueOf).toList();
  }

  public PositioningQuestion getQuestion() {
    return question;
  }
}
