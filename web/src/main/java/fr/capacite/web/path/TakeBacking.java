package fr.capacite.web.path;

import fr.capacite.application.path.PositioningService;
import fr.capacite.application.path.PositioningViews;
import fr.capacite.domain.path.QuestionKind;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /path/take.xhtml?attempt=}: one question per screen. Each move saves the answer, so a
 * learner who closes the page comes back to where they were.
 */
@Named
@ViewScoped
public class TakeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PositioningService positioning;

  private Long attempt;
  private PositioningViews.QuestionScreen screen;
  private String single;
  private List<String> multiple = new ArrayList<>();

  /** f:viewAction: the question where the learner left off. */
  public void load() throws java.io.IOException {
    try {
      show(positioning.question(attempt == null ? -1 : attempt, null));
    } catch (fr.capacite.application.shared.ObjectNotFoundException e) {
      fr.capacite.web.shared.NotFound.send();
    }
  }

  private void show(PositioningViews.QuestionScreen s) {
    screen = s;
    single = s.chosen().isEmpty() ? null : String.valueOf(s.chosen().get(0));
    multiple = new ArrayList<>(s.chosen().stream().map(String::valueOf).toList());
  }

  private List<Long> chosen() {
    if (screen.kind() == QuestionKind.SINGLE) {
      return single == null || single.isBlank() ? List.of() : List.of(Long.valueOf(single));
    }
    // Faces fills a List with the items' own values (Long here), whatever its declared type.
    return ((List<?>) multiple).stream().map(String::valueOf).map(Long::valueOf).toList();
  }

  public void next() {
    show(positioning.answer(attempt, screen.index(), chosen(), screen.index() + 1));
  }

  public void previous() {
    show(positioning.answer(attempt, screen.index(), chosen(), screen.index() - 1));
  }

  /** Saves the last answer and submits; shows the result. */
  public String submit() {
    positioning.answer(attempt, screen.index(), chosen(), screen.index());
    var result = positioning.submit(attempt);
    if (result.offerCohortId() != null) {
      // Taken from an offer before applying: back to the application, which shows the result.
      return "/path/apply?faces-redirect=true&cohort=" + result.offerCohortId();
    }
    return "/path/positioning?faces-redirect=true&attempt=" + attempt;
  }

  public Long getAttempt() {
    return attempt;
  }

  public void setAttempt(Long attempt) {
    this.attempt = attempt;
  }

  public PositioningViews.QuestionScreen getScreen() {
    return screen;
  }

  public String getSingle() {
    return single;
  }

  public void setSingle(String single) {
    this.single = single;
  }

  public List<String> getMultiple() {
    return multiple;
  }

  public void setMultiple(List<String> multiple) {
    this.multiple = multiple;
  }

  /** Percent of questions answered, for the progress indicator. */
  public int getProgress() {
    return screen.total() == 0 ? 0 : Math.round(100f * screen.answered() / screen.total());
  }
}
