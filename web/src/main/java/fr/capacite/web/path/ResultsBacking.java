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

  private CandidateResults results;

  @PostConstruct
  void init() {
    results = pv.myResults();
  }

  public CandidateResults getResults() {
    return results;
  }

  public String getLang() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
  }
}
