package fr.capacite.web.path;

import fr.capacite.application.path.CatalogueService;
import fr.capacite.application.path.Choice;
import fr.capacite.application.path.PositioningAuthoring;
import fr.capacite.application.path.PositioningViews;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.path.QuestionKind;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import fr.capacite.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /path/positioning-test.xhtml?id=}: a positioning test's questions (editable while a
 * draft), its publication, and its results to validate.
 */
@Named
@ViewScoped
public class PositioningTestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Option rows offered in the question form. */
  static final int OPTION_ROWS = 6;

  @EJB private PositioningAuthoring authoring;
  @EJB private CatalogueService catalogue;

  private Long id;
  private PositioningViews.TestView test;
  private PagedModel<PositioningViews.AttemptRow> attempts;
  private PositioningViews.Result result;
  private List<Choice> competences = List.of();
  private List<Choice> pix = List.of();

  private String title;
  private String instructions;
  private Long questionId;
  private String prompt;
  private QuestionKind kind = QuestionKind.SINGLE;
  private String competence;
  private List<OptionRow> options = new ArrayList<>();

  /** One option row of the form. */
  public static class OptionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String label;
    private Integer points;

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }

    public Integer getPoints() {
      return points;
    }

    public void setPoints(Integer points) {
      this.points = points;
    }
  }

  public void load() throws IOException {
    try {
      show(authoring.getTest(id == null ? -1 : id));
    } catch (ObjectNotFoundException e) {
      NotFound.send();
      return;
    }
    attempts =
        new PagedModel<>(
            (f, s) -> authoring.attempts(id, f, s), PositioningViews.AttemptRow::attemptId);
    if (test.editable()) {
      competences = catalogue.competenceChoicesForTests();
      pix = catalogue.pixChoices();
    }
    newQuestion();
  }

  private void show(PositioningViews.TestView t) {
    test = t;
    title = t.title();
    instructions = t.instructions();
  }

  public void describe() {
    show(authoring.describe(id, test.entityVersion(), title, instructions));
    Messages.info("positioning.saved");
  }

  public void newQuestion() {
    questionId = null;
    prompt = null;
    kind = QuestionKind.SINGLE;
    competence = null;
    options = new ArrayList<>();
    for (int i = 0; i < OPTION_ROWS; i++) {
      options.add(new OptionRow());
    }
  }

  public void editQuestion(long qid) {
    newQuestion();
    PositioningViews.QuestionView q =
        test.questions().stream().filter(x -> x.id() == qid).findFirst().orElseThrow();
    questionId = q.id();
    prompt = q.prompt();
    kind = q.kind();
    competence = q.competenceId() != null ? "competence:" + q.competenceId() : "pix:" + q.pixCode();
    for (int i = 0; i < q.options().size() && i < OPTION_ROWS; i++) {
      options.get(i).setLabel(q.options().get(i).label());
      options.get(i).setPoints(q.options().get(i).points());
    }
  }

  public void saveQuestion() {
    Long competenceId =
        competence != null && competence.startsWith("competence:")
            ? Long.valueOf(competence.substring("competence:".length()))
            : null;
    String pixCode =
        competence != null && competence.startsWith("pix:") ? competence.substring(4) : null;
    List<PositioningViews.OptionForm> rows =
        options.stream()
            .map(o -> new PositioningViews.OptionForm(o.getLabel(), o.getPoints()))
            .toList();
    show(
        authoring.saveQuestion(
            id,
            test.entityVersion(),
            questionId,
            new PositioningViews.QuestionForm(prompt, kind, competenceId, pixCode, rows)));
    Messages.info("positioning.questionSaved");
    newQuestion();
  }

  public void removeQuestion(long qid) {
    show(authoring.removeQuestion(id, test.entityVersion(), qid));
    Messages.info("positioning.questionRemoved");
  }

  public void publish() {
    show(authoring.publish(id, test.entityVersion()));
    Messages.info("positioning.published");
  }

  public void archive() {
    show(authoring.archive(id));
    Messages.info("positioning.archived");
  }

  public void showResult(long attemptId) {
    result = authoring.resultOf(attemptId);
  }

  public void validate(long attemptId) {
    result = authoring.validate(attemptId);
    Messages.info("positioning.validated", result.learner(), result.hours());
  }

  public QuestionKind[] getKinds() {
    return QuestionKind.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PositioningViews.TestView getTest() {
    return test;
  }

  public PagedModel<PositioningViews.AttemptRow> getAttempts() {
    return attempts;
  }

  public PositioningViews.Result getResult() {
    return result;
  }

  public List<Choice> getCompetences() {
    return competences;
  }

  public List<Choice> getPix() {
    return pix;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getInstructions() {
    return instructions;
  }

  public void setInstructions(String instructions) {
    this.instructions = instructions;
  }

  public Long getQuestionId() {
    return questionId;
  }

  public String getPrompt() {
    return prompt;
  }

  public void setPrompt(String prompt) {
    this.prompt = prompt;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public void setKind(QuestionKind kind) {
    this.kind = kind;
  }

  public String getCompetence() {
    return competence;
  }

  public void setCompetence(String competence) {
    this.competence = competence;
  }

  public List<OptionRow> getOptions() {
    return options;
  }
}
