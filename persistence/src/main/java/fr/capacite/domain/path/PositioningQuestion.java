package fr.capacite.domain.path;

import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.referential.PixCompetence;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A question tied to one competence, a title competence or a Pix competence. */
@Entity
@Table(name = "positioning_question")
public class PositioningQuestion {

  /** Points an option may be worth. */
  public static final int MIN_POINTS = -5;

  public static final int MAX_POINTS = 10;

  /** An option as entered. */
  public record OptionDraft(String label, int points) implements Serializable {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "test_id", nullable = false)
  private PositioningQuestionnaire test;

  @Column(name = "sort_order", nullable = false)
  private int position;

  @Column(nullable = false, length = 1000)
  private String prompt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private QuestionKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "competence_id")
  private Competence competence;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "pix_competence_id")
  private PixCompetence pixCompetence;

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<PositioningOption> options = new ArrayList<>();

  protected PositioningQuestion() {}

  PositioningQuestion(PositioningQuestionnaire test, int position) {
    this.test = test;
    this.position = position;
  }

  /**
   * Sets the question: two to eight options, at least one worth points, and exactly one competence
   * (title or Pix).
   */
  void define(
      String newPrompt,
      QuestionKind newKind,
      Competence titleCompetence,
      PixCompetence pix,
      List<OptionDraft> drafts) {
    if ((titleCompetence == null) == (pix == null)) {
      throw new IllegalArgumentException("path.positioning.oneCompetence");
    }
    if (drafts.size() < 2 || drafts.size() > 8) {
      throw new IllegalArgumentException("path.positioning.optionCount");
    }
    if (drafts.stream().noneMatch(d -> d.points() > 0)) {
      throw new IllegalArgumentException("path.positioning.noPoints");
    }
    if (drafts.stream().anyMatch(d -> d.points() < MIN_POINTS || d.points() > MAX_POINTS)) {
      throw new IllegalArgumentException("path.positioning.pointsRange");
    }
    this.prompt = newPrompt;
    this.kind = newKind;
    this.competence = titleCompetence;
    this.pixCompetence = pix;
    options.clear();
    int i = 1;
    for (OptionDraft d : drafts) {
      options.add(new PositioningOption(this, i++, d.label(), d.points()));
    }
  }

  void moveTo(int newPosition) {
    this.position = newPosition;
  }

  /** The most a learner can score on this question. */
  public int maxPoints() {
    return kind == QuestionKind.SINGLE
        ? options.stream().mapToInt(PositioningOption::getPoints).max().orElse(0)
        : options.stream().mapToInt(o -> Math.max(0, o.getPoints())).sum();
  }

  /**
   * The score of the chosen options (never below zero); a single-choice question counts one option
   * only, so a forged answer choosing them all gains nothing.
   */
  public int score(java.util.Collection<PositioningOption> chosen) {
    List<PositioningOption> mine = options.stream().filter(chosen::contains).toList();
    if (kind == QuestionKind.SINGLE && mine.size() > 1) {
      return 0;
    }
    return Math.max(0, mine.stream().mapToInt(PositioningOption::getPoints).sum());
  }

  /** The options of this question with these ids (others are ignored). */
  public List<PositioningOption> optionsWithIds(java.util.Collection<Long> ids) {
    return options.stream().filter(o -> ids.contains(o.getId())).toList();
  }

  /** The key and label of the competence this question measures. */
  public String competenceKey() {
    return competence != null
        ? "competence:" + competence.getId()
        : "pix:" + pixCompetence.getCode();
  }

  public String competenceLabel() {
    return competence != null
        ? competence.getBlock().getCode() + " — " + competence.getTitle()
        : "Pix " + pixCompetence.getCode() + " " + pixCompetence.getTitle();
  }

  public Long getId() {
    return id;
  }

  public PositioningQuestionnaire getTest() {
    return test;
  }

  public int getPosition() {
    return position;
  }

  public String getPrompt() {
    return prompt;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public Competence getCompetence() {
    return competence;
  }

  public PixCompetence getPixCompetence() {
    return pixCompetence;
  }

  public List<PositioningOption> getOptions() {
    return List.copyOf(options);
  }
}
