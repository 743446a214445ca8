package fr.capacite.web.path;

import fr.capacite.application.jury.CandidateResults;
import fr.capacite.application.jury.PvService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /path/results.xhtml}: the learner's published results with their documents, and their
 * block history across sessions and versions (what counts toward the title, R7).
 */
@Named
@ViewScoped
public class ResultsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PvService pv;

  @EJB private fr.capacite.application.jury.ExamConvocationService convocations;

  private CandidateResults results;
  private java.util.List<fr.capacite.application.jury.ExamConvocationService.MyExam> upcoming;

  @PostConstruct
  void init() {
    results = pv.myResults();
    upcoming = convocations.mine();
  }

  public CandidateResults getResults() {
    return results;
  }

  /** The exam sessions the learner will sit, with their convocations. */
  public java.util.List<fr.capacite.application.jury.ExamConvocationService.MyExam> getUpcoming() {
    return upcoming;
  }

  public String getLang() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
  }
}
