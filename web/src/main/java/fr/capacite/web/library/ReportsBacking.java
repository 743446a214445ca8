package fr.capacite.web.library;

import fr.capacite.application.library.FeedbackViews;
import fr.capacite.application.library.LibraryFeedback;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** {@code /library/reports.xhtml}: curators deal with readers' reports. */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LibraryFeedback feedback;

  private PagedModel<FeedbackViews.Report> model;
  private final Map<Long, String> resolutions = new HashMap<>();

  @PostConstruct
  void init() {
    model = new PagedModel<>((f, s) -> feedback.openReports(f, s), FeedbackViews.Report::id);
  }

  public void close(FeedbackViews.Report r, boolean upheld) {
    feedback.close(r.id(), r.entityVersion(), upheld, resolutions.get(r.id()));
    resolutions.remove(r.id());
    Messages.info("library.reports.closed");
  }

  public PagedModel<FeedbackViews.Report> getModel() {
    return model;
  }

  public Map<Long, String> getResolutions() {
    return resolutions;
  }
}
