package fr.capacite.web.path;

import fr.capacite.application.path.PositioningService;
import fr.capacite.application.path.PositioningViews;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /path/positioning.xhtml}: the learner's positioning tests to take or resume, and a result
 * with its explanation ({@code ?attempt=}).
 */
@Named
@ViewScoped
public class PositioningBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PositioningService positioning;

  private List<PositioningViews.MyTest> tests;
  private Long attempt;
  private PositioningViews.Result result;

  @PostConstruct
  void init() {
    tests = positioning.myTests();
  }

  /** f:viewAction: the result asked for, if any. */
  public void load() {
    if (attempt != null) {
      result = positioning.result(attempt);
    }
  }

  /** Starts or resumes a test, then shows its current question. */
  public String start(long testId, long enrolmentId) {
    long id = positioning.start(testId, enrolmentId);
    return "/path/take?faces-redirect=true&attempt=" + id;
  }

  public List<PositioningViews.MyTest> getTests() {
    return tests;
  }

  public Long getAttempt() {
    return attempt;
  }

  public void setAttempt(Long attempt) {
    this.attempt = attempt;
  }

  public PositioningViews.Result getResult() {
    return result;
  }
}
