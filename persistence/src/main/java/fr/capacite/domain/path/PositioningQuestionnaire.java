package fr.capacite.domain.path;

import fr.capacite.domain.cohort.Programme;
import fr.capacite.domain.organisation.TrainingOrganisation;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * A positioning test (test de positionnement) for a programme: questions tied to competences, each
 * option worth points. Written as a draft, then published and frozen: attempts then rely on it.
 */
@Entity
@Table(name = "positioning_test")
@NamedQuery(
    name = "PositioningQuestionnaire.publishedForProgrammes",
    query =
        "SELECT t FROM PositioningQuestionnaire t WHERE t.status = fr.capacite.domain.path.TestStatus.PUBLISHED"
            + " AND t.programme IN :programmes ORDER BY t.title")
public class PositioningQuestionnaire {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 2000)
  private String instructions;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "programme_id", nullable = false)
  private Programme programme;

  /** The organisation that wrote it; none for a national test kept by administrators. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private TrainingOrganisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private TestStatus status = TestStatus.DRAFT;

  @Column(name = "created_by", nullable = false, length = 80)
  private String createdBy;

  @OneToMany(mappedBy = "test", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<PositioningQuestion> questions = new ArrayList<>();

  @Version private long version;

  protected PositioningQuestionnaire() {}

  public PositioningQuestionnaire(
      String title, Programme programme, TrainingOrganisation organisation, String createdBy) {
    this.title = title;
    this.programme = programme;
    this.organisation = organisation;
    this.createdBy = createdBy;
  }

  public void describe(String newTitle, String newInstructions) {
    requireDraft();
    this.title = newTitle;
    this.instructions = newInstructions;
  }

  /** Adds a question at the end. */
  public PositioningQuestion addQuestion(
      String prompt,
      QuestionKind kind,
      Competence competence,
      PixCompetence pix,
      List<PositioningQuestion.OptionDraft> options) {
    requireDraft();
    PositioningQuestion q = new PositioningQuestion(this, questions.size() + 1);
    q.define(prompt, kind, competence, pix, options);
    questions.add(q);
    return q;
  }

  public void changeQuestion(
      PositioningQuestion q,
      String prompt,
      QuestionKind kind,
      Competence competence,
      PixCompetence pix,
      List<PositioningQuestion.OptionDraft> options) {
    requireDraft();
    q.define(prompt, kind, competence, pix, options);
  }

  public void removeQuestion(PositioningQuestion q) {
    requireDraft();
    questions.remove(q);
    for (int i = 0; i < questions.size(); i++) {
      questions.get(i).moveTo(i + 1);
    }
  }

  /** Publishes the test: it has questions, and it no longer changes. */
  public void publish() {
    requireDraft();
    if (questions.isEmpty()) {
      throw new IllegalStateException("path.positioning.noQuestion");
    }
    status = TestStatus.PUBLISHED;
  }

  public void archive() {
    status = TestStatus.ARCHIVED;
  }

  private void requireDraft() {
    if (status != TestStatus.DRAFT) {
      throw new IllegalStateException("path.positioning.frozen");
    }
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getInstructions() {
    return instructions;
  }

  public Programme getProgramme() {
    return programme;
  }

  public TrainingOrganisation getOrganisation() {
    return organisation;
  }

  public TestStatus getStatus() {
    return status;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<PositioningQuestion> getQuestions() {
    return List.copyOf(questions);
  }

  public long getVersion() {
    return version;
  }
}
